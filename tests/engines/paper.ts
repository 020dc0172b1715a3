/**
 * What a printed page must be, read from its PDF, the same in every engine: its page count, its
 * one face, text that can be searched, rows and headings that hold together. The expectations come
 * from the built HTML and from content/ (tests/content.ts), never from the print stylesheet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { normalizeWhitespace } from '../../src/lib/text.ts';
import { ROOT, articleMeta } from '../content.ts';
import type { PdfDocument } from '../e2e/pdf.ts';

/** The one face on paper, bundled (print.css): its PostScript names start so. */
export const PRINT_FONT = /^SourceSerif4-/;

/**
 * Lower case without whitespace and soft hyphens: text that compares across line breaks. Source
 * Serif 4 draws ‘ and ’ with the glyphs of ʻ and ʼ, so a PDF's text reports those.
 */
export const squashed = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s\u00ad]+/g, '')
    .replace(/\u02bb/g, '\u2018')
    .replace(/\u02bc/g, '\u2019');

/** The built HTML of a page, parsed. */
export function builtPage(pathname: string): HTMLElement {
  const outDir = path.resolve(ROOT, process.env.OUT_DIR ?? 'dist');
  return parse(readFileSync(path.join(outDir, pathname, 'index.html'), 'utf-8'));
}

/** What paper leaves out: marked `print:hidden` in the components, and text for screen readers only. */
const NOT_ON_PAPER = '[class*="print:hidden"], .sr-only, script, style';

/** The page's `main` as paper shows it. */
function mainOnPaper(page: HTMLElement): HTMLElement | undefined {
  const main = page.querySelector('main')?.clone() as HTMLElement | undefined;
  main?.querySelectorAll(NOT_ON_PAPER).forEach((node) => node.remove());
  return main;
}

/**
 * Words of the page's printed text that a ligature (fi, fl, ff, ft) would join into one glyph:
 * they must come out of the PDF as their letters, or nobody can find or copy them.
 */
export function ligatureWords(page: HTMLElement, count = 6): string[] {
  const words = normalizeWhitespace(mainOnPaper(page)?.text ?? '')
    .split(/[^\p{L}]+/u)
    .filter((word) => /f[filt]/i.test(word) && word.length > 3);
  return [...new Set(words)].slice(0, count);
}

/** The headings printed on the page, as text. */
export function printedHeadings(page: HTMLElement): string[] {
  return (mainOnPaper(page)?.querySelectorAll('h2, h3') ?? []).map((heading) => normalizeWhitespace(heading.text)).filter(Boolean);
}

export interface PrintedRow {
  label: string;
  /** The start and the end of each text the row prints (its note, its cells): all on one page if the row is whole. */
  parts: string[];
}

/** Text of an element without its stance word and links, as words. */
function ownWords(element: HTMLElement | null | undefined): string[] {
  const copy = element?.clone() as HTMLElement | undefined;
  copy?.querySelectorAll(`.stance, a, ${NOT_ON_PAPER}`).forEach((node) => node.remove());
  // A note's sources ("Gebaseerd op: alinea 2") are links in a span of their own.
  copy?.querySelectorAll('span').forEach((span) => span.text.trim().startsWith('Gebaseerd op') && span.remove());
  return normalizeWhitespace(copy?.text ?? '')
    .split(' ')
    .filter(Boolean);
}

/**
 * The comparison rows on the page: the first and last words of the topic's note and of each cell's
 * sentence (of silent cells only where the page prints their sentence).
 */
export function printedRows(page: HTMLElement, { withSilentText }: { withSilentText: boolean }): PrintedRow[] {
  return page.querySelectorAll('.comparison tbody tr').map((row) => {
    const label = normalizeWhitespace(row.querySelector('th a')?.text ?? row.querySelector('th')?.text ?? '');
    const texts = [row.querySelector('th > p'), ...row.querySelectorAll('td').filter((cell) => withSilentText || !cell.classList.contains('silent-cell')).map((cell) => cell.querySelector('p'))];
    const parts = texts
      .map(ownWords)
      .filter((words) => words.length >= 6)
      .flatMap((words) => [words.slice(0, 4).join(' '), words.slice(-3).join(' ')]);
    return { label, parts };
  });
}

/** A page's lines without the running header or footer that Chromium draws in the page margins. */
export function bodyLines(pdf: PdfDocument, pageIndex: number): string[] {
  const { siteName } = articleMeta();
  return (pdf.pages[pageIndex]?.lines ?? []).filter((line) => !/^p\.\s*\d+\s*\/\s*\d+$/.test(line.trim()) && line.trim() !== siteName);
}

/** The page (from 0) whose squashed text holds `text`, or -1. */
export function pageOf(pdf: PdfDocument, text: string): number {
  const want = squashed(text);
  return pdf.pages.findIndex((page) => squashed(page.text).includes(want) || squashed(page.lines.join('')).includes(want));
}

/**
 * What a printed page must be, read from its PDF, the same in every engine: its page count, its
 * one face, text that can be searched, rows and headings that hold together. The expectations come
 * from the built HTML and from content/ (tests/content.ts), never from the print stylesheet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { normalizeWhitespace } from '../../src/lib/text.ts';
import { OUT_DIR } from '../built-pages.ts';
import { articleMeta } from '../content.ts';
import type { PdfDocument } from '../e2e/pdf.ts';

/** The one face on paper, bundled (print.css): its PostScript names start so. */
export const PRINT_FONT = /^SourceSerif4-/;

/**
 * Lower case without whitespace, soft hyphens and quotation marks: text that compares across line
 * breaks, and with the marks a stylesheet draws around <q> (not in the HTML's text). Source Serif
 * 4 draws ‘ and ’ with the glyphs of ʻ and ʼ, so a PDF's text reports those.
 */
const squashed = (text: string): string => text.toLowerCase().replace(/[\s\u00ad\u2018\u2019\u201c\u201d\u02bb\u02bc]+/g, '');

/** The built HTML of a page, parsed. */
export function builtPage(pathname: string): HTMLElement {
  return parse(readFileSync(path.join(OUT_DIR, pathname, 'index.html'), 'utf-8'));
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
function ligatureWords(page: HTMLElement, count = 6): string[] {
  const words = normalizeWhitespace(mainOnPaper(page)?.text ?? '')
    .split(/[^\p{L}]+/u)
    .filter((word) => /f[filt]/i.test(word) && word.length > 3);
  return [...new Set(words)].slice(0, count);
}

/** The headings printed on the page, as text. */
function printedHeadings(page: HTMLElement): string[] {
  return (mainOnPaper(page)?.querySelectorAll('h2, h3') ?? []).map((heading) => normalizeWhitespace(heading.text)).filter(Boolean);
}

interface PrintedRow {
  label: string;
  /** The start and the end of each text the row prints (its note, its cells): whole if each pair shares a page. */
  texts: { start: string; end: string }[];
}

/** The words an element prints: without what paper hides, and in the compact rows without the stance word (its shape stands in). */
function printedWords(element: HTMLElement | null | undefined, compact: boolean): string[] {
  const copy = element?.clone() as HTMLElement | undefined;
  copy?.querySelectorAll(compact ? `.stance, ${NOT_ON_PAPER}` : NOT_ON_PAPER).forEach((node) => node.remove());
  return normalizeWhitespace(copy?.text ?? '')
    .split(' ')
    .filter(Boolean);
}

/**
 * The comparison rows on the page: the first and last words of the topic's note and of each
 * cell's text, as paper prints them (the compact rows of the briefing print no silent cell's text).
 */
function printedRows(page: HTMLElement): PrintedRow[] {
  return page.querySelectorAll('.comparison tbody tr').map((row) => {
    const compact = !!row.closest('.comparison-compact');
    const label = normalizeWhitespace(row.querySelector('th a')?.text ?? row.querySelector('th')?.text ?? '');
    const cells = row.querySelectorAll('td').filter((cell) => !compact || !cell.classList.contains('silent-cell'));
    const texts = [row.querySelector('th > p'), ...cells.map((cell) => cell.querySelector('p'))]
      .map((element) => printedWords(element, compact))
      .filter((words) => words.length >= 8)
      .map((words) => ({ start: words.slice(0, 6).join(' '), end: words.slice(-6).join(' ') }));
    return { label, texts };
  });
}

/** A page's lines without the running header or footer that Chromium draws in the page margins. */
function bodyLines(pdf: PdfDocument, pageIndex: number): string[] {
  const { siteName } = articleMeta();
  return (pdf.pages[pageIndex]?.lines ?? []).filter((line) => !/^p\.\s*\d+\s*\/\s*\d+$/.test(line.trim()) && line.trim() !== siteName);
}

const onPage = (pdf: PdfDocument, index: number, text: string): boolean => {
  const page = pdf.pages[index];
  const want = squashed(text);
  return !!page && (squashed(page.text).includes(want) || squashed(page.lines.join('')).includes(want));
};

/**
 * Where a printed text stands: the page (from 0) that holds both its start and its end, and
 * whether there is one; else the first page with its start (-1 if none).
 */
function textPages(pdf: PdfDocument, { start, end }: { start: string; end: string }): { page: number; whole: boolean } {
  const whole = pdf.pages.findIndex((_, index) => onPage(pdf, index, start) && onPage(pdf, index, end));
  if (whole >= 0) return { page: whole, whole: true };
  return { page: pdf.pages.findIndex((_, index) => onPage(pdf, index, start)), whole: false };
}

/**
 * What every printed sheet must be, whatever printed it: it says on its first page what it is and
 * where it comes from (in the page itself, since not every engine draws page margins); its words
 * set with ligatures can be found in its text; each comparison row is whole on one page; and no
 * page ends with a heading. `lostWords` are the words that cannot be found.
 */
export function sheetProblems(pdf: PdfDocument, pathname: string): { problems: string[]; lostWords: string[] } {
  const problems: string[] = [];
  const html = builtPage(pathname);
  const text = squashed(pdf.text);
  const lostWords = ligatureWords(html).filter((word) => !text.includes(squashed(word)));
  if (lostWords.length > 0) problems.push(`words that cannot be found in the PDF's text: ${lostWords.join(', ')}`);

  const { siteName, source } = articleMeta();
  const first = squashed(pdf.pages[0]?.text ?? '');
  for (const said of [siteName, source.publication]) if (!first.includes(squashed(said))) problems.push(`page 1 does not say "${said}"`);

  for (const row of printedRows(html)) {
    const found = row.texts.map((rowText) => textPages(pdf, rowText));
    const pages = new Set(found.map(({ page }) => page));
    if (found.some(({ whole }) => !whole) || pages.size > 1) {
      problems.push(
        `row "${row.label}" not whole on one page: ${found.map(({ page, whole }) => `${page + 1}${whole ? '' : ' (split or not found)'}`).join(', ')}`,
      );
    }
  }

  const headings = printedHeadings(html).map(squashed);
  pdf.pages.slice(0, -1).forEach((_, index) => {
    const last = squashed(bodyLines(pdf, index).at(-1) ?? '');
    if (last.length >= 8 && headings.some((heading) => heading.startsWith(last)))
      problems.push(`page ${index + 1} ends with a heading: ${last}`);
  });
  return { problems, lostWords };
}

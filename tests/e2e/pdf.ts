/**
 * Reads a PDF that Chromium printed, in JavaScript (PDF.js, through `unpdf`): page count, the text
 * of each page in reading order and as lines, and for every piece of text its font and type size.
 *
 * - `text`: the text in the order it is drawn, which for Chromium is the order of the document,
 *   with a line break where PDF.js sees one (like `pdftotext` without `-layout`).
 * - `lines`: the text grouped by baseline, left to right, so the cells of a table row share a
 *   line (like `pdftotext -layout`).
 * - `items`: every piece of text that is not blank, with its type size on paper in points and
 *   the PostScript name of its embedded font, without the subset tag ("LiberationSerif-Bold",
 *   not "DAAAAA+LiberationSerif-Bold"), so a test can ask which fonts are embedded and whether
 *   any text is smaller than a size.
 */
import { readFile } from 'node:fs/promises';
import { getDocumentProxy } from 'unpdf';

interface PdfTextItem {
  text: string;
  /** Start of the baseline, in points from the page's bottom left corner. */
  x: number;
  y: number;
  /** Advance width, in points. */
  width: number;
  /** Type size on paper, in points. */
  fontSize: number;
  /** PostScript name of the embedded font, without the subset tag. */
  font: string;
}

interface PdfPage {
  /** From 1. */
  number: number;
  /** The text in reading order, lines separated by "\n". */
  text: string;
  /** The text by baseline, top to bottom, each line left to right. */
  lines: string[];
  /** Every non-blank piece of text, in the order it is drawn. */
  items: PdfTextItem[];
  /** The fonts this page's text uses (PostScript names without subset tag). */
  fonts: Set<string>;
}

export interface PdfDocument {
  pageCount: number;
  pages: PdfPage[];
  /** Every page's `text`, pages separated by a form feed. */
  text: string;
  /** Every page's `lines`, in page order. */
  lines: string[];
  /** The fonts used anywhere in the document. */
  fonts: Set<string>;
}

/** "ABCDEF+LiberationSerif-Bold" → "LiberationSerif-Bold": a subset's tag is six capitals and "+". */
const baseFontName = (name: string): string => name.replace(/^[A-Z]{6}\+/, '');

/** Items closer than this (in points) to a line's baseline belong to that line. */
const BASELINE_TOLERANCE = 2;

/** Groups text by baseline, top to bottom, and joins each line left to right. */
function toLines(items: readonly Pick<PdfTextItem, 'text' | 'x' | 'y' | 'width' | 'fontSize'>[]): string[] {
  const sorted = items.filter((item) => item.text !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: (typeof sorted)[] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    if (group && Math.abs((group[0]?.y ?? Infinity) - item.y) <= BASELINE_TOLERANCE) group.push(item);
    else groups.push([item]);
  }
  return groups
    .map((group) => {
      let line = '';
      let end = -Infinity;
      for (const item of group.sort((a, b) => a.x - b.x)) {
        // A space where the next piece starts clearly after the previous one ends (another word,
        // another table cell), unless one of them already brings the space.
        const gap = item.x - end;
        if (line !== '' && gap > item.fontSize * 0.1 && !/\s$/.test(line) && !/^\s/.test(item.text)) line += ' ';
        line += item.text;
        end = Math.max(end, item.x + item.width);
      }
      return line.replace(/\s+$/, '');
    })
    .filter((line) => line.trim() !== '');
}

export async function readPdf(file: string): Promise<PdfDocument> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)), { disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      // The operator list loads the page's fonts into commonObjs, where their real names are.
      await page.getOperatorList();
      const fontNames = new Map<string, string>();
      const fontOf = (id: string): string => {
        if (!fontNames.has(id)) {
          const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string } | undefined) : undefined;
          fontNames.set(id, baseFontName(font?.name ?? id));
        }
        return fontNames.get(id) ?? id;
      };

      type Item = (typeof content.items)[number];
      const raw = content.items.filter((item): item is Extract<Item, { str: string }> => 'str' in item);
      const all = raw.map((item) => ({
        text: item.str,
        x: item.transform[4] ?? 0,
        y: item.transform[5] ?? 0,
        width: item.width,
        fontSize: Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0),
        font: item.fontName ? fontOf(item.fontName) : '',
      }));
      const items = all.filter((item) => item.text.trim() !== '');
      const text = raw.map((item) => item.str + (item.hasEOL ? '\n' : '')).join('');
      pages.push({ number, text, lines: toLines(all), items, fonts: new Set(items.map((item) => item.font)) });
      page.cleanup();
    }
    return {
      pageCount: pdf.numPages,
      pages,
      text: pages.map((page) => page.text).join('\f'),
      lines: pages.flatMap((page) => page.lines),
      fonts: new Set(pages.flatMap((page) => [...page.fonts])),
    };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

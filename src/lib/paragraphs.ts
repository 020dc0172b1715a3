import { normalizeWhitespace } from './text.ts';

/**
 * The paragraphs of an article text as the site counts them: the MDX body split on blank lines.
 * The bodies are plain paragraphs, so this is also how the renderer's top-level `<p>` elements
 * come out (`rehype-paragraph-ids.ts` numbers those; a unit test checks that the two agree).
 */
export function bodyParagraphs(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map(normalizeWhitespace)
    .filter((paragraph) => paragraph !== '');
}

/** `alinea-<takeaway>-<n>`: the lede is takeaway 0. */
const PARAGRAPH_ID = /^alinea-(\d+)-(\d+)$/;

/** Takeaway number and paragraph number of a paragraph id, or undefined when it is not one. */
export function parseParagraphId(id: string): { takeaway: number; paragraph: number } | undefined {
  const match = PARAGRAPH_ID.exec(id);
  return match ? { takeaway: Number(match[1]), paragraph: Number(match[2]) } : undefined;
}

/**
 * The article's text must stand verbatim in content/: this rebuilds the article from the
 * content files (lede, numbered headings, paragraphs, in order) and compares it paragraph by
 * paragraph with the copy of the original in tests/fixtures. Only whitespace may differ.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../../src/lib/text.ts';
import { articleMeta, takeaways } from '../content.ts';

const original = readFileSync('tests/fixtures/article.nl.txt', 'utf-8').replace(/^\s*date \d{4}-\d{2}\s*/, '');
const originalParagraphs = original
  .split(/\n\s*\n/)
  .map(normalizeWhitespace)
  .filter(Boolean);

/** The article rebuilt from content/: the lede, then per takeaway its numbered heading and paragraphs. */
function rebuiltParagraphs(): string[] {
  return [articleMeta().lede, ...takeaways().flatMap((t) => [`${t.number}. ${t.title}`, ...t.paragraphs])].map(normalizeWhitespace);
}

describe('fidelity to the original article', () => {
  const rebuilt = rebuiltParagraphs();

  it('has the same number of paragraphs (lede, five headings, their paragraphs)', () => {
    // Guards the fixture itself: lede + 5 headings + 14 paragraphs.
    expect(originalParagraphs.length).toBe(20);
    expect(rebuilt.length).toBe(originalParagraphs.length);
  });

  it.each(originalParagraphs.map((paragraph, index) => [index + 1, paragraph]))(
    'paragraph %i is verbatim and in place',
    (index, paragraph) => {
      expect(rebuilt[(index as number) - 1]).toBe(paragraph);
    },
  );
});

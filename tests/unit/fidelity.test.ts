/**
 * The article's text must stand verbatim in content/: this rebuilds the article from the
 * content files (lede, numbered headings, paragraphs, in order) and compares it paragraph by
 * paragraph with the copy of the original in tests/fixtures. Only whitespace may differ.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { normalizeWhitespace } from '../../src/lib/text.ts';

const original = readFileSync('tests/fixtures/article.nl.txt', 'utf-8').replace(/^\s*date \d{4}-\d{2}\s*/, '');
const originalParagraphs = original
  .split(/\n\s*\n/)
  .map(normalizeWhitespace)
  .filter(Boolean);

function rebuiltParagraphs(): string[] {
  // content/article.mdx: metadata in the frontmatter, the lede as the body.
  const lede = readFileSync('content/article.mdx', 'utf-8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const takeaways = readdirSync('content/takeaways')
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const [, frontmatter = '', body = ''] =
        readFileSync(`content/takeaways/${name}`, 'utf-8').match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
      const data = parseYaml(frontmatter) as { number: number; title: string };
      return {
        ...data,
        paragraphs: body
          .split(/\n\s*\n/)
          .map(normalizeWhitespace)
          .filter(Boolean),
      };
    })
    .sort((a, b) => a.number - b.number);
  return [lede, ...takeaways.flatMap((t) => [`${t.number}. ${t.title}`, ...t.paragraphs])].map(normalizeWhitespace);
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

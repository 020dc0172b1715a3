import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from './paragraphs.ts';
import { numberParagraphs, rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { takeaways } from '../../tests/content.ts';

const p = (text: string): Element => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] });

/** A body through the Markdown pipeline with this plugin, as the build renders it. */
const render = async (body: string, frontmatter: Record<string, unknown>) => {
  const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeParagraphIds], smartypants: false, syntaxHighlight: false });
  return (await processor.render(body, { frontmatter })).code;
};

describe('numberParagraphs', () => {
  it('numbers the top-level paragraphs only, from 1', () => {
    const nested: Element = { type: 'element', tagName: 'blockquote', properties: {}, children: [p('Binnen.')] };
    const tree: Root = { type: 'root', children: [p('Een.'), { type: 'text', value: '\n' }, nested, p('Twee.')] };
    expect(numberParagraphs(tree, 3)).toBe(2);
    expect(tree.children.map((node) => (node.type === 'element' ? node.properties : undefined))).toEqual([
      { id: 'alinea-3-1' },
      undefined,
      {},
      { id: 'alinea-3-2' },
    ]);
  });

  it('reads the takeaway number from the frontmatter and leaves files without one alone', async () => {
    expect(await render('Een.', { title: 'geen nummer' })).toBe('<p>Een.</p>');
    expect(await render('Een.', { number: 4 })).toBe('<p id="alinea-4-1">Een.</p>');
  });
});

describe('paragraph count and rendered paragraphs agree', () => {
  // The real takeaway bodies, through the Markdown pipeline with this plugin: the build checks
  // summaries and notes against bodyParagraphs(), readers follow the rendered ids.

  it('agrees on a body with line breaks inside paragraphs and extra blank lines', async () => {
    const body = 'Een zin die\nop twee regels staat.\n\nTwee.\n\n\n  \nDrie, na witregels met spaties.\n';
    const ids = [...(await render(body, { number: 2 })).matchAll(/<p id="(alinea-\d+-\d+)"/g)].map((m) => m[1]);
    expect(bodyParagraphs(body)).toHaveLength(3);
    expect(ids).toEqual(['alinea-2-1', 'alinea-2-2', 'alinea-2-3']);
  });

  it('finds the takeaways', () => {
    expect(takeaways().length).toBeGreaterThan(0);
  });

  it.each(takeaways().map((t) => [t.number, t] as const))('takeaway %i', async (number, { body }) => {
    const code = await render(body, { number });
    const ids = [...code.matchAll(/<p id="(alinea-\d+-\d+)"/g)].map((m) => m[1]);
    const topLevel = code.split('\n').filter((line) => line.startsWith('<p')).length;
    const expected = bodyParagraphs(body).map((_, i) => `alinea-${number}-${i + 1}`);
    expect(ids).toEqual(expected);
    expect(topLevel).toBe(expected.length);
  });
});

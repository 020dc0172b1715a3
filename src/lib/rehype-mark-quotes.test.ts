import { describe, expect, it } from 'vitest';
import { markQuote, rehypeMarkQuotes } from './rehype-mark-quotes.ts';

const paragraph = (text: string) => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }],
});

describe('markQuote', () => {
  it('wraps the quote in a mark with the text anchor, keeping the words around it', () => {
    const tree = paragraph('Voor. De kern. Na.');
    expect(markQuote(tree, { id: 'kern', text: 'De kern.' })).toBe(true);
    expect(tree.children[0]!.children).toEqual([
      { type: 'text', value: 'Voor. ' },
      {
        type: 'element',
        tagName: 'mark',
        properties: { id: 'tekst-kern' },
        children: [{ type: 'text', value: 'De kern.' }],
      },
      { type: 'text', value: ' Na.' },
    ]);
  });

  it('leaves the tree alone when the quote is absent', () => {
    const tree = paragraph('Iets anders.');
    expect(markQuote(tree, { id: 'x', text: 'De kern.' })).toBe(false);
    expect(tree).toEqual(paragraph('Iets anders.'));
  });

  it('reads the quotes from the frontmatter of the file being rendered', () => {
    const tree = paragraph('Een ‘zin’ hier.');
    rehypeMarkQuotes()(tree, { data: { astro: { frontmatter: { quotes: [{ id: 'zin', text: '‘zin’' }] } } } });
    expect(JSON.stringify(tree)).toContain('"id":"tekst-zin"');
  });
});

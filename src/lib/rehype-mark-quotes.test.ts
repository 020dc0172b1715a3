import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { QUOTES_NOT_IN_TEXT, markQuote, rehypeMarkQuotes } from './rehype-mark-quotes.ts';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';

const paragraph = (text: string): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }],
});

describe('markQuote', () => {
  it('wraps the quote in a mark with the text anchor, keeping the words around it', () => {
    const tree = paragraph('Voor. De kern. Na.');
    expect(markQuote(tree, { id: 'kern', text: 'De kern.' })).toBe(true);
    expect(tree).toEqual({
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'text', value: 'Voor. ' },
            { type: 'element', tagName: 'mark', properties: { id: 'tekst-kern' }, children: [{ type: 'text', value: 'De kern.' }] },
            { type: 'text', value: ' Na.' },
          ],
        },
      ],
    });
  });

  it('leaves the tree alone when the quote is absent', () => {
    const tree = paragraph('Iets anders.');
    expect(markQuote(tree, { id: 'x', text: 'De kern.' })).toBe(false);
    expect(tree).toEqual(paragraph('Iets anders.'));
  });
});

/** A takeaway body through the site's Markdown pipeline, with both plugins, as the build renders it. */
async function renderWithFrontmatter(body: string, quotes: { id: string; text: string }[]) {
  const processor = await createMarkdownProcessor({
    rehypePlugins: [rehypeParagraphIds, rehypeMarkQuotes],
    smartypants: false,
    syntaxHighlight: false,
  });
  const fileURL = pathToFileURL('content/takeaways/9-proef.mdx');
  const { code, metadata } = await processor.render(body, { fileURL, frontmatter: { number: 9, quotes } });
  return { html: code, frontmatter: metadata.frontmatter };
}

const render = async (body: string, quotes: { id: string; text: string }[]) => (await renderWithFrontmatter(body, quotes)).html;

const count = (html: string, text: string) => html.split(text).length - 1;

describe('rehypeMarkQuotes in the Markdown pipeline', () => {
  it('marks a quote whose source wraps over a line, in one mark', async () => {
    const html = await render('Voor. De voornaamste ‘concessie’ die Poetin deed,\nis geen echte toegeving. Na.\n', [
      { id: 'concessie', text: 'De voornaamste ‘concessie’ die Poetin deed, is geen echte toegeving.' },
    ]);
    expect(html).toBe(
      '<p id="alinea-9-1">Voor. <mark id="tekst-concessie">De voornaamste ‘concessie’ die Poetin deed,\nis geen echte toegeving.</mark> Na.</p>',
    );
  });

  it('marks a quote that spans an emphasis: a mark per piece of text, the anchor once, on the first', async () => {
    const html = await render('Het *had* nooit mogen beginnen.\n\nTwee.\n', [{ id: 'nooit', text: 'Het had nooit mogen beginnen.' }]);
    expect(html).toContain(
      '<p id="alinea-9-1"><mark id="tekst-nooit">Het </mark><em><mark>had</mark></em><mark> nooit mogen beginnen.</mark></p>',
    );
    expect(count(html, 'id="tekst-nooit"')).toBe(1);
  });

  it('marks a quote that starts inside a link and ends after it', async () => {
    const html = await render('Zie [het verslag van](https://example.org/) het Kremlin.\n', [
      { id: 'verslag', text: 'verslag van het Kremlin' },
    ]);
    expect(html).toContain('<a href="https://example.org/">het <mark id="tekst-verslag">verslag van</mark></a><mark> het Kremlin</mark>.');
    expect(count(html, 'id="tekst-verslag"')).toBe(1);
  });

  it('marks every quote of the frontmatter, each with its own anchor', async () => {
    const html = await render('Een. Twee.\n\nDrie.\n', [
      { id: 'een', text: 'Een.' },
      { id: 'drie', text: 'Drie.' },
    ]);
    expect(html).toBe(
      '<p id="alinea-9-1"><mark id="tekst-een">Een.</mark> Twee.</p>\n<p id="alinea-9-2"><mark id="tekst-drie">Drie.</mark></p>',
    );
  });

  it('lists the ids of the quotes it cannot find in the text, for the checks', async () => {
    const { frontmatter } = await renderWithFrontmatter('De ‘concessie’ is geen echte toegeving.\n', [
      { id: 'gevonden', text: 'geen echte toegeving.' },
      { id: 'rechte-aanhalingstekens', text: "De 'concessie'" },
    ]);
    expect(frontmatter[QUOTES_NOT_IN_TEXT]).toEqual(['rechte-aanhalingstekens']);
  });

  it('leaves a file without quotes alone (the lede)', async () => {
    expect(await render('De inleiding.\n', undefined as never)).toBe('<p id="alinea-9-1">De inleiding.</p>');
  });
});

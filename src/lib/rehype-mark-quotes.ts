/**
 * Rehype plugin: marks each key quote (from the MDX frontmatter's `quotes`) where it stands in the
 * takeaway's text, so that "Lees in de tekst" leads to it. The body itself stays verbatim; the
 * marks exist only in the rendered HTML.
 *
 * The quote is looked up in the rendered text with `findQuote` (quotes.ts), the same text the
 * reader sees. The ids of the quotes it cannot find go back in the frontmatter, as
 * `quotesNotInText`, which Astro's `render()` returns as `remarkPluginFrontmatter`; the check that
 * fails the build on them, naming file and quote, is `checkQuotesInText` in validate.ts.
 *
 * A quote inside one text node becomes one `<mark id="tekst-<id>">`. A quote that runs across
 * inline elements (an emphasis, a link) gets one mark per piece of text, so every mark stays inside
 * its own element; the first carries the id.
 */
import type { RehypePlugin } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Parents, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { findQuote } from './quotes.ts';
import type { Quote } from './schemas.ts';
import { quoteInTextAnchor } from './urls.ts';

/** Marks the first occurrence of `quote` in `tree`. Returns whether it found it. */
export function markQuote(tree: Root, quote: Pick<Quote, 'id' | 'text'>): boolean {
  // The text of the whole tree as one string, and where each text node starts in it.
  const pieces: { node: Text; parent: Parents; start: number }[] = [];
  let text = '';
  visit(tree, 'text', (node, _index, parent) => {
    if (!parent) return;
    pieces.push({ node, parent, start: text.length });
    text += node.value;
  });
  const found = findQuote(text, quote.text);
  if (!found) return false;

  let first = true;
  for (const { node, parent, start } of pieces) {
    const from = Math.max(found.start - start, 0);
    const to = Math.min(found.end - start, node.value.length);
    // Outside the quote, or only the whitespace between two elements: nothing to mark.
    if (from >= to || node.value.slice(from, to).trim() === '') continue;
    const mark: Element = {
      type: 'element',
      tagName: 'mark',
      properties: first ? { id: quoteInTextAnchor(quote.id) } : {},
      children: [{ type: 'text', value: node.value.slice(from, to) }],
    };
    first = false;
    const replacement: ElementContent[] = [mark];
    if (from > 0) replacement.unshift({ type: 'text', value: node.value.slice(0, from) });
    if (to < node.value.length) replacement.push({ type: 'text', value: node.value.slice(to) });
    const siblings = parent.children as ElementContent[];
    siblings.splice(siblings.indexOf(node), 1, ...replacement);
  }
  return true;
}

/** The frontmatter field in which the plugin lists the ids of the quotes it could not mark. */
export const QUOTES_NOT_IN_TEXT = 'quotesNotInText';

type MarkableQuote = Pick<Quote, 'id' | 'text'>;

/**
 * The frontmatter's `quotes` as far as marking needs them. The MDX compiler hands plugins the raw
 * frontmatter, before the content schema; a file whose quotes are malformed is the schema's to report.
 */
function markableQuotes(quotes: unknown): MarkableQuote[] {
  if (!Array.isArray(quotes)) return [];
  return quotes.filter((quote): quote is MarkableQuote => typeof quote?.id === 'string' && typeof quote?.text === 'string');
}

/** Marks every quote of the file's frontmatter, and lists those it cannot find in `quotesNotInText`. */
export const rehypeMarkQuotes: RehypePlugin = () => (tree, file) => {
  const frontmatter = file.data.astro?.frontmatter;
  if (!frontmatter || !('quotes' in frontmatter)) return; // not a takeaway
  frontmatter[QUOTES_NOT_IN_TEXT] = markableQuotes(frontmatter['quotes'])
    .filter((quote) => !markQuote(tree, quote))
    .map((quote) => quote.id);
};

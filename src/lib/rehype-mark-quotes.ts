/**
 * Rehype plugin: marks each key quote (from the MDX frontmatter's `quotes`) where it stands in the
 * takeaway's text, so that "Lees in de tekst" leads to it. The body itself stays verbatim; the
 * marks exist only in the rendered HTML.
 *
 * This is also the build's check that a quote is in its text: the quote is looked up in the
 * rendered text with `findQuote` (quotes.ts), the same text the reader sees, and a quote that is
 * not found fails the build, naming the file and the quote's id.
 *
 * A quote inside one text node becomes one `<mark id="tekst-<id>">`. A quote that runs across
 * inline elements (an emphasis, a link) gets one mark per piece of text, so every mark stays inside
 * its own element; the first carries the id.
 */
import path from 'node:path';
import type { RehypePlugin } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Parents, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { throwIfAny, type ContentProblem } from './content-error.ts';
import { findQuote } from './quotes.ts';
import { quoteSchema, type Quote } from './schemas.ts';
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

/** Marks every quote of the file's frontmatter; fails, naming file and quote, on one it cannot find. */
export const rehypeMarkQuotes: RehypePlugin = () => (tree, file) => {
  const quotes = quoteSchema.array().safeParse(file.data.astro?.frontmatter?.['quotes']);
  if (!quotes.success) return; // not a takeaway (the content schema reports malformed quotes)
  const where = file.path ? path.relative(process.cwd(), file.path) : '(rendered Markdown)';
  const problems: ContentProblem[] = [];
  quotes.data.forEach((quote, index) => {
    if (markQuote(tree, quote)) return;
    problems.push({
      file: where,
      field: `quotes[${index}].text (id "${quote.id}")`,
      message: 'not found verbatim in this takeaway’s text (only whitespace may differ)',
    });
  });
  throwIfAny(problems);
};

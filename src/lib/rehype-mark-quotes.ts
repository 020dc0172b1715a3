/**
 * Rehype plugin: wraps each key quote (from the MDX frontmatter's `quotes`) where it stands
 * in the takeaway's text in `<mark id="tekst-<id>">`, so a quote can be read in context.
 * The body itself stays verbatim; the marks exist only in the rendered HTML.
 */
import { quoteInTextAnchor } from './urls.ts';

interface TextNode {
  type: 'text';
  value: string;
}
interface ElementNode {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = TextNode | ElementNode | { type: string; children?: HastNode[] };
interface HastParent {
  children: HastNode[];
}
interface QuoteRef {
  id: string;
  text: string;
}

function isQuoteList(value: unknown): value is QuoteRef[] {
  return (
    Array.isArray(value) &&
    value.every((q) => typeof q === 'object' && q !== null && typeof q.id === 'string' && typeof q.text === 'string')
  );
}

/** Wraps the first occurrence of `quote` inside a single text node. Returns whether it did. */
export function markQuote(tree: HastParent, quote: QuoteRef): boolean {
  const visit = (parent: HastParent): boolean => {
    for (let i = 0; i < parent.children.length; i += 1) {
      const node = parent.children[i];
      if (!node) continue;
      if (node.type === 'text' && 'value' in node) {
        const at = node.value.indexOf(quote.text);
        if (at === -1) continue;
        const mark: ElementNode = {
          type: 'element',
          tagName: 'mark',
          properties: { id: quoteInTextAnchor(quote.id) },
          children: [{ type: 'text', value: quote.text }],
        };
        const parts: HastNode[] = [];
        if (at > 0) parts.push({ type: 'text', value: node.value.slice(0, at) });
        parts.push(mark);
        const rest = node.value.slice(at + quote.text.length);
        if (rest) parts.push({ type: 'text', value: rest });
        parent.children.splice(i, 1, ...parts);
        return true;
      }
      if (
        'children' in node &&
        Array.isArray(node.children) &&
        !(node.type === 'element' && 'tagName' in node && node.tagName === 'mark')
      ) {
        if (visit(node as HastParent)) return true;
      }
    }
    return false;
  };
  return visit(tree);
}

export function rehypeMarkQuotes() {
  return (tree: HastParent, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const quotes = file.data.astro?.frontmatter?.['quotes'];
    if (!isQuoteList(quotes)) return;
    for (const quote of quotes) markQuote(tree, quote);
  };
}

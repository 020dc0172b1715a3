/**
 * The one rule for a key quote: it stands in its takeaway's text when its words occur there in
 * the same order, letter for letter (typographic quotes included); only whitespace may differ,
 * such as a line break in the MDX source. `rehype-mark-quotes.ts` applies the rule to the rendered
 * text, where emphasis and other inline elements are no obstacle, and fails the build when a quote
 * is not found.
 */

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `quote` first stands in `text` (`end` exclusive), or undefined when it does not. */
export function findQuote(text: string, quote: string): { start: number; end: number } | undefined {
  const words = quote.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const match = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

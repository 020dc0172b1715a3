/**
 * The one rule for a key quote: it stands in its takeaway's text when its words occur there in
 * the same order, letter for letter (typographic quotes included); only whitespace may differ,
 * such as a line break in the MDX source. `rehype-mark-quotes.ts` applies the rule to the rendered
 * text, where emphasis and other inline elements are no obstacle, and lists a quote it does not
 * find for `checkQuotesInText` (validate.ts), which fails the build.
 */

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `quote` first stands in `text` (`end` exclusive), or undefined when it does not. */
export function findQuote(text: string, quote: string): { start: number; end: number } | undefined {
  const words = quote.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const match = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** A key quote in the paragraph it stands in: the paragraph's number (from 1) and its text in three parts. */
export interface QuoteInParagraph {
  paragraph: number;
  before: string;
  quote: string;
  after: string;
}

/**
 * The first paragraph that holds `quote` (by the rule of `findQuote`), split around it, so that a
 * page can show the paragraph with the quote marked. `paragraphs` as `bodyParagraphs` counts them.
 */
export function quoteInParagraphs(paragraphs: readonly string[], quote: string): QuoteInParagraph | undefined {
  for (const [index, text] of paragraphs.entries()) {
    const found = findQuote(text, quote);
    if (found)
      return {
        paragraph: index + 1,
        before: text.slice(0, found.start),
        quote: text.slice(found.start, found.end),
        after: text.slice(found.end),
      };
  }
  return undefined;
}

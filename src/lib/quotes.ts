/** Collapse every run of whitespace (including line breaks in MDX source) to one space. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when `quote` occurs verbatim in `body`; only whitespace may differ. */
export function quoteOccursIn(quote: string, body: string): boolean {
  const needle = normalizeWhitespace(quote);
  return needle.length > 0 && normalizeWhitespace(body).includes(needle);
}

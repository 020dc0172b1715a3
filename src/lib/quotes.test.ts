import { describe, expect, it } from 'vitest';
import { normalizeWhitespace, quoteOccursIn } from './quotes.ts';

describe('quoteOccursIn', () => {
  const body = 'De voornaamste ‘concessie’ die Poetin deed,\nis geen echte toegeving.';

  it('finds a quote across a line break', () => {
    expect(quoteOccursIn('De voornaamste ‘concessie’ die Poetin deed, is geen echte toegeving.', body)).toBe(true);
  });

  it('rejects straight quotes where the article has typographic ones', () => {
    expect(quoteOccursIn("De voornaamste 'concessie' die Poetin deed", body)).toBe(false);
  });

  it('rejects a changed word and an empty quote', () => {
    expect(quoteOccursIn('is geen echte concessie.', body)).toBe(false);
    expect(quoteOccursIn('   ', body)).toBe(false);
  });

  it('normalizes every kind of whitespace to single spaces', () => {
    expect(normalizeWhitespace('  a\n\tb   c ')).toBe('a b c');
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_DESCRIPTION_LENGTH, countWords, dutchDate, dutchMonth, normalizeWhitespace, readingMinutes, toDescription } from './text.ts';

describe('normalizeWhitespace', () => {
  it('folds every kind of whitespace to single spaces', () => {
    expect(normalizeWhitespace('  a\n\tb   c ')).toBe('a b c');
  });
});

describe('toDescription', () => {
  it('keeps a short text as it is', () => {
    expect(toDescription('Korte tekst.')).toBe('Korte tekst.');
  });

  it('falls back to the first sentence when that fits', () => {
    const first = 'Trump wil zo snel mogelijk van de oorlog af, Poetin heeft geen haast.';
    const text = `${first} ${'Daarna volgt een veel langere tweede zin. '.repeat(5)}`;
    expect(toDescription(text)).toBe(first);
  });

  it('cuts on a word boundary with an ellipsis when even the first sentence is too long', () => {
    const text = `${'woord '.repeat(60)}einde.`;
    const description = toDescription(text);
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
    expect(description.endsWith('woord…')).toBe(true);
  });
});

describe('reading time', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('Poetin – wil ‘verder’ vechten .')).toBe(4);
  });

  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('kort')).toBe(1);
    expect(readingMinutes('woord '.repeat(1000))).toBe(5);
  });
});

describe('Dutch dates', () => {
  it('writes month and day in Dutch', () => {
    expect(dutchMonth('2025-03')).toBe('maart 2025');
    expect(dutchDate(new Date('2025-03-18'))).toBe('18 maart 2025');
  });
});

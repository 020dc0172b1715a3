import { describe, expect, it } from 'vitest';
import {
  MAX_DESCRIPTION_LENGTH,
  countWords,
  dutchDate,
  dutchMonth,
  normalizeWhitespace,
  readingMinutes,
  shortenAtWord,
  toDescription,
} from './text.ts';

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

describe('shortenAtWord', () => {
  const quote = 'Poetin heeft geen haast, en dus heeft Rusland geen haast.';

  it('keeps a text that fits as it is', () => {
    expect(shortenAtWord(quote, quote.length)).toBe(quote);
    expect(shortenAtWord(`  ${quote}\n`, 200)).toBe(quote);
  });

  it('cuts a text that is too long at a word boundary, never inside a word, and ends it with an ellipsis', () => {
    for (let max = 8; max < quote.length; max += 1) {
      const short = shortenAtWord(quote, max);
      expect([...short].length, `max ${max}: "${short}"`).toBeLessThanOrEqual(max);
      expect(short.endsWith('…'), `max ${max}: "${short}"`).toBe(true);
      const words = short.slice(0, -1).split(' ');
      // Every word kept is a whole word of the quote, in order (trailing punctuation aside).
      const original = quote.split(' ');
      words.forEach((word, i) => expect(original[i]!.startsWith(word) && /^[\p{L},]*$/u.test(original[i]!.slice(word.length))).toBe(true));
      expect(words.at(-1), `max ${max}: no cut word`).toBe(original[words.length - 1]!.replace(/[,.]$/, ''));
    }
    expect(shortenAtWord(quote, 30)).toBe('Poetin heeft geen haast, en…');
    expect(shortenAtWord(quote, 25)).toBe('Poetin heeft geen haast…');
  });

  it('leaves no punctuation before the ellipsis', () => {
    expect(shortenAtWord('Een, twee; drie – vier vijf', 12)).toBe('Een, twee…');
    expect(shortenAtWord('Een, twee; drie – vier vijf', 18)).toBe('Een, twee; drie…');
  });

  it('counts an accented letter or a typographic quote as one character, and cuts a single overlong word only as a last resort', () => {
    expect(shortenAtWord('Oekraïne’s ‘concessie’ ging verloren', 23)).toBe('Oekraïne’s ‘concessie’…');
    expect(shortenAtWord('Onoverzienbaarheidsproblematiek', 10)).toBe('Onoverzie…');
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

import { describe, expect, it } from 'vitest';
import { findQuote, quoteInParagraphs } from './quotes.ts';

describe('findQuote', () => {
  const body = 'Voor. De voornaamste ‘concessie’ die Poetin deed,\nis geen echte toegeving.';

  it('finds a quote across a line break, returning where it stands', () => {
    const quote = 'De voornaamste ‘concessie’ die Poetin deed, is geen echte toegeving.';
    expect(findQuote(body, quote)).toEqual({ start: 6, end: body.length });
  });

  it('takes the words literally, punctuation and all', () => {
    expect(findQuote('Is dit (voorlopig) zo? Ja.', 'dit (voorlopig) zo?')).toEqual({ start: 3, end: 22 });
    expect(findQuote('een staakt-het-vuren [x] van 30 dagen.', 'staakt-het-vuren [x] van 30 dagen.')).toEqual({ start: 4, end: 38 });
    expect(findQuote('Is dit voorlopig zo?', 'dit (voorlopig) zo?')).toBeUndefined();
  });

  it('rejects straight quotes where the article has typographic ones', () => {
    expect(findQuote(body, "De voornaamste 'concessie' die Poetin deed")).toBeUndefined();
  });

  it('rejects a changed word, a word run together and an empty quote', () => {
    expect(findQuote(body, 'is geen echte concessie.')).toBeUndefined();
    expect(findQuote(body, 'isgeen echte toegeving.')).toBeUndefined();
    expect(findQuote(body, '   ')).toBeUndefined();
  });
});

describe('quoteInParagraphs', () => {
  const paragraphs = [
    'Eerste alinea, zonder het citaat.',
    'Ervoor. De voornaamste ‘concessie’ die Poetin deed, is geen echte toegeving. Erna.',
  ];

  it('finds the paragraph (numbered from 1) and splits it around the quote', () => {
    expect(quoteInParagraphs(paragraphs, 'De voornaamste ‘concessie’ die Poetin\ndeed, is geen echte toegeving.')).toEqual({
      paragraph: 2,
      before: 'Ervoor. ',
      quote: 'De voornaamste ‘concessie’ die Poetin deed, is geen echte toegeving.',
      after: ' Erna.',
    });
  });

  it('gives the whole paragraph back when its parts are joined', () => {
    const found = quoteInParagraphs(paragraphs, 'zonder het citaat');
    expect(found?.paragraph).toBe(1);
    expect(`${found?.before}${found?.quote}${found?.after}`).toBe(paragraphs[0]);
  });

  it('is undefined for a quote that is in no paragraph', () => {
    expect(quoteInParagraphs(paragraphs, 'Dit staat er niet.')).toBeUndefined();
  });
});

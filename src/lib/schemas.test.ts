import { describe, expect, it } from 'vitest';
import { validTakeaways } from './fixtures.ts';
import { MAX_SUMMARY_LENGTH, articleSchema, readoutSchema, takeawaySchema } from './schemas.ts';

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('takeawaySchema', () => {
  const valid = () => structuredClone(validTakeaways()[0]!.data) as Record<string, unknown>;

  it('accepts valid frontmatter', () => {
    expect(takeawaySchema.safeParse(valid()).success).toBe(true);
  });

  it.each([
    ['number', 0],
    ['number', 6],
    ['number', 2.5],
    ['number', '1'],
  ])('rejects %s = %j', (field, value) => {
    const result = takeawaySchema.safeParse({ ...valid(), [field]: value });
    expect(issuePaths(result)).toEqual([field]);
  });

  it('rejects a missing number', () => {
    const data = valid();
    delete data['number'];
    expect(issuePaths(takeawaySchema.safeParse(data))).toEqual(['number']);
  });

  it('rejects an empty title, also when it is only whitespace', () => {
    expect(issuePaths(takeawaySchema.safeParse({ ...valid(), title: '   ' }))).toEqual(['title']);
  });

  it('rejects an unknown field (a typo must not vanish silently)', () => {
    const result = takeawaySchema.safeParse({ ...valid(), sumary: 'typo' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('sumary');
  });

  it(`rejects a summary over ${MAX_SUMMARY_LENGTH} characters`, () => {
    const result = takeawaySchema.safeParse({ ...valid(), summary: 'x'.repeat(MAX_SUMMARY_LENGTH + 1) });
    expect(issuePaths(result)).toEqual(['summary']);
    expect(takeawaySchema.safeParse({ ...valid(), summary: 'x'.repeat(MAX_SUMMARY_LENGTH) }).success).toBe(true);
  });

  it('rejects a slug that is not URL-safe', () => {
    expect(issuePaths(takeawaySchema.safeParse({ ...valid(), slug: 'Oekraïne wil' }))).toEqual(['slug']);
  });

  it('needs two or three quotes', () => {
    const data = valid();
    const quotes = data['quotes'] as unknown[];
    expect(issuePaths(takeawaySchema.safeParse({ ...data, quotes: quotes.slice(0, 1) }))).toEqual(['quotes']);
    expect(issuePaths(takeawaySchema.safeParse({ ...data, quotes: [...quotes, ...quotes] }))).toEqual(['quotes']);
  });
});

describe('articleSchema and readoutSchema', () => {
  it('accept an unknown author as null but not an invented empty one', () => {
    const article = {
      siteName: 'S',
      siteTitle: 'T',
      siteDescription: 'D',
      callDate: '2025-03-18',
      source: { publication: 'Knack', month: '2025-03', headline: 'H', url: 'https://www.knack.be/', author: null },
    };
    expect(articleSchema.safeParse(article).success).toBe(true);
    expect(issuePaths(articleSchema.safeParse({ ...article, source: { ...article.source, author: '' } }))).toEqual(['source.author']);
    expect(issuePaths(articleSchema.safeParse({ ...article, source: { ...article.source, month: '2025-3' } }))).toEqual(['source.month']);
  });

  it('rejects a readout without an address', () => {
    const readout = {
      label: 'K',
      title: 'T',
      publisher: 'P',
      date: '2025-03-18',
      url: 'not a url',
      urlConfirmed: false,
      language: 'en',
      order: 1,
    };
    expect(issuePaths(readoutSchema.safeParse(readout))).toEqual(['url']);
  });
});

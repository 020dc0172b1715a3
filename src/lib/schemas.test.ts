import { describe, expect, it } from 'vitest';
import { validReadouts, validTakeaways } from '../../tests/unit/fixtures.ts';
import {
  MAX_SHORT_SUMMARY_LENGTH,
  MAX_SUMMARY_LENGTH,
  articleSchema,
  comparisonCellSchema,
  comparisonTopicSchema,
  readoutSchema,
  summaryText,
  takeawaySchema,
} from './schemas.ts';

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

  it(`rejects a summary over ${MAX_SUMMARY_LENGTH} characters, its sentences joined with spaces`, () => {
    const half = (n: number) => ({ text: 'x'.repeat(n), paragraphs: [1] });
    // 140 + 1 space + 140 = 281: over; 140 + 1 + 139 = 280: fits.
    expect(issuePaths(takeawaySchema.safeParse({ ...valid(), summary: [half(140), half(140)] }))).toEqual(['summary']);
    expect(takeawaySchema.safeParse({ ...valid(), summary: [half(140), half(139)] }).success).toBe(true);
    expect(summaryText([half(2), { text: ' y ' }])).toBe('xx y');
  });

  it('rejects a summary that is a plain string (the old format)', () => {
    expect(issuePaths(takeawaySchema.safeParse({ ...valid(), summary: 'Eén zin.' }))).toEqual(['summary']);
  });

  it('rejects a summary sentence without paragraphs', () => {
    expect(issuePaths(takeawaySchema.safeParse({ ...valid(), summary: [{ text: 'Zin.' }] }))).toEqual(['summary.0.paragraphs']);
  });

  it('rejects a summary sentence with an empty list of paragraphs', () => {
    const result = takeawaySchema.safeParse({ ...valid(), summary: [{ text: 'Zin.', paragraphs: [] }] });
    expect(issuePaths(result)).toEqual(['summary.0.paragraphs']);
    expect(result.error?.issues[0]?.message).toMatch(/at least one paragraph/);
  });

  it('rejects paragraph numbers that are not counted from 1', () => {
    expect(issuePaths(takeawaySchema.safeParse({ ...valid(), summary: [{ text: 'Zin.', paragraphs: [0] }] }))).toEqual([
      'summary.0.paragraphs.0',
    ]);
  });

  it(`rejects a short summary over ${MAX_SHORT_SUMMARY_LENGTH} characters, its sentences joined with spaces`, () => {
    const part = (n: number) => ({ text: 'x'.repeat(n), paragraphs: [1] });
    // 65 + 1 space + 65 = 131: over; 65 + 1 + 64 = 130: fits.
    const result = takeawaySchema.safeParse({ ...valid(), shortSummary: [part(65), part(65)] });
    expect(issuePaths(result)).toEqual(['shortSummary']);
    expect(result.error?.issues[0]?.message).toMatch(/shortSummary must be at most 130 characters/);
    expect(takeawaySchema.safeParse({ ...valid(), shortSummary: [part(65), part(64)] }).success).toBe(true);
  });

  it('rejects a missing short summary, and a short summary sentence without paragraphs', () => {
    const data = valid();
    delete data['shortSummary'];
    expect(issuePaths(takeawaySchema.safeParse(data))).toEqual(['shortSummary']);
    expect(issuePaths(takeawaySchema.safeParse({ ...valid(), shortSummary: [{ text: 'Zin.' }] }))).toEqual(['shortSummary.0.paragraphs']);
    expect(issuePaths(takeawaySchema.safeParse({ ...valid(), shortSummary: [{ text: 'Zin.', paragraphs: [] }] }))).toEqual([
      'shortSummary.0.paragraphs',
    ]);
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
  const article = {
    siteName: 'S',
    siteTitle: 'T',
    siteDescription: 'D',
    callDate: '2025-03-18',
    source: {
      publication: 'Knack',
      publisher: 'Roularta Media Group',
      month: '2025-03',
      headline: 'H',
      headlineNote: 'Uit het adres.',
      rights: 'De rechten blijven bij de uitgever.',
      url: 'https://www.knack.be/',
      author: null,
    },
  };

  it('accept an unknown author as null but not an invented empty one', () => {
    expect(articleSchema.safeParse(article).success).toBe(true);
    expect(issuePaths(articleSchema.safeParse({ ...article, source: { ...article.source, author: '' } }))).toEqual(['source.author']);
    expect(issuePaths(articleSchema.safeParse({ ...article, source: { ...article.source, month: '2025-3' } }))).toEqual(['source.month']);
  });

  it.each(['publisher', 'headlineNote', 'rights'])('requires the source’s %s', (field) => {
    const source: Record<string, unknown> = { ...article.source };
    delete source[field];
    expect(issuePaths(articleSchema.safeParse({ ...article, source }))).toEqual([`source.${field}`]);
  });

  const readout = () => ({ ...structuredClone(validReadouts()[0]!.data), date: '2025-03-18' }) as Record<string, unknown>;

  it('accepts a readout with points, a caveat and the source of its phrases', () => {
    expect(readoutSchema.safeParse(readout()).success).toBe(true);
  });

  it('rejects a readout without an address', () => {
    expect(issuePaths(readoutSchema.safeParse({ ...readout(), url: 'not a url' }))).toEqual(['url']);
  });

  it('rejects the old urlConfirmed flag (urlCaveat replaces it)', () => {
    expect(readoutSchema.safeParse({ ...readout(), urlConfirmed: false }).success).toBe(false);
  });

  it('rejects an unknown phraseSource', () => {
    expect(issuePaths(readoutSchema.safeParse({ ...readout(), phraseSource: 'kremlin' }))).toEqual(['phraseSource']);
  });

  it.each(['kr8', 'KR-8', 'kr-08', 'kr-0', 'kr-8a'])('rejects the point id %j', (id) => {
    const data = readout();
    (data['points'] as { id: string }[])[0]!.id = id;
    expect(issuePaths(readoutSchema.safeParse(data))).toEqual(['points.0.id']);
  });

  it('rejects a readout without points', () => {
    expect(issuePaths(readoutSchema.safeParse({ ...readout(), points: [] }))).toEqual(['points']);
  });
});

describe('comparison cells and notes', () => {
  it('rejects a malformed point id in a cell', () => {
    expect(issuePaths(comparisonCellSchema.safeParse({ stance: 'says', points: ['kr 8'], text: 'Ja.' }))).toEqual(['points.0']);
  });

  const topic = (note: unknown) => ({
    id: 'x',
    label: 'X',
    takeaways: [],
    sides: { kremlin: { stance: 'silent', text: 'Nee.' } },
    note,
  });

  it('rejects a note without sources', () => {
    expect(issuePaths(comparisonTopicSchema.safeParse(topic({ text: 'Context.' })))).toEqual(['note.sources']);
  });

  it('rejects a note with an empty list of sources', () => {
    const result = comparisonTopicSchema.safeParse(topic({ text: 'Context.', sources: [] }));
    expect(issuePaths(result)).toEqual(['note.sources']);
    expect(result.error?.issues[0]?.message).toMatch(/at least one source/);
  });

  it('rejects a note that is a plain string (the old format)', () => {
    expect(issuePaths(comparisonTopicSchema.safeParse(topic('Context.')))).toEqual(['note']);
  });
});

import { describe, expect, it } from 'vitest';
import { readoutIds, validTakeaways } from './fixtures.ts';
import { checkComparison, checkReadouts, checkTakeaways, checkTopicIds } from './validate.ts';
import type { ComparisonTopic, ReadoutData } from './schemas.ts';

const fields = (problems: { file: string; field: string }[]) => problems.map((p) => `${p.file} ${p.field}`);

describe('checkTakeaways', () => {
  it('accepts five consistent takeaways', () => {
    expect(checkTakeaways(validTakeaways(), readoutIds)).toEqual([]);
  });

  it('requires exactly five takeaways', () => {
    const problems = checkTakeaways(validTakeaways().slice(0, 4), readoutIds);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/exactly 5 takeaways, found 4/);
  });

  it('names both files when a number is used twice', () => {
    const takeaways = validTakeaways();
    takeaways[4]!.data.number = 2;
    const problems = checkTakeaways(takeaways, readoutIds);
    expect(fields(problems)).toEqual(['content/takeaways/2-conclusie-2.mdx number', 'content/takeaways/5-conclusie-5.mdx number']);
    expect(problems[0]?.message).toContain('5-conclusie-5.mdx');
  });

  it('reports a duplicate slug', () => {
    const takeaways = validTakeaways();
    takeaways[1]!.data.slug = 'conclusie-1';
    expect(fields(checkTakeaways(takeaways, readoutIds))).toEqual([
      'content/takeaways/1-conclusie-1.mdx slug',
      'content/takeaways/2-conclusie-2.mdx slug',
    ]);
  });

  it('reports a quote that is not in its own takeaway, by file and quote id', () => {
    const takeaways = validTakeaways();
    takeaways[2]!.data.quotes[0]!.text = 'Eerste zin van conclusie 4.';
    const problems = checkTakeaways(takeaways, readoutIds);
    expect(fields(problems)).toEqual(['content/takeaways/3-conclusie-3.mdx quotes[0].text (id "eerste-3")']);
    expect(problems[0]?.message).toMatch(/not found verbatim/);
  });

  it('reports a quote id used in two takeaways', () => {
    const takeaways = validTakeaways();
    takeaways[3]!.data.quotes[1]!.id = 'eerste-1';
    const problems = checkTakeaways(takeaways, readoutIds);
    expect(fields(problems)).toEqual([
      'content/takeaways/1-conclusie-1.mdx quotes[0].id',
      'content/takeaways/4-conclusie-4.mdx quotes[1].id',
    ]);
  });

  it('reports a quote citing an unknown readout', () => {
    const takeaways = validTakeaways();
    takeaways[0]!.data.quotes[1]!.cites = 'elysee';
    expect(checkTakeaways(takeaways, readoutIds)[0]?.message).toMatch(/unknown readout "elysee"/);
  });
});

describe('checkComparison', () => {
  const topic = (overrides: Partial<ComparisonTopic> = {}): ComparisonTopic => ({
    id: 'energie',
    label: 'Energie',
    takeaways: ['conclusie-1'],
    sides: { kremlin: { stance: 'says', text: 'Ja.' }, 'white-house': { stance: 'silent', text: 'Nee.' } },
    ...overrides,
  });
  const slugs = validTakeaways().map((t) => t.data.slug);

  it('accepts rows that point at known takeaways and readouts', () => {
    expect(checkComparison([topic()], 'content/comparison.yaml', slugs, readoutIds)).toEqual([]);
  });

  it('reports an unknown takeaway slug with the topic id', () => {
    const problems = checkComparison([topic({ takeaways: ['conclusie-9'] })], 'content/comparison.yaml', slugs, readoutIds);
    expect(fields(problems)).toEqual(['content/comparison.yaml topics[0].takeaways (id "energie")']);
    expect(problems[0]?.message).toMatch(/unknown takeaway slug "conclusie-9"/);
  });

  it('reports an unknown readout and a missing one', () => {
    const problems = checkComparison(
      [topic({ sides: { kremlin: { stance: 'says', text: 'Ja.' }, 'witte-huis': { stance: 'silent', text: 'Nee.' } } })],
      'content/comparison.yaml',
      slugs,
      readoutIds,
    );
    expect(fields(problems)).toEqual([
      'content/comparison.yaml topics[0].sides.witte-huis (id "energie")',
      'content/comparison.yaml topics[0].sides.white-house (id "energie")',
    ]);
  });

  it('reports a topic id used twice', () => {
    expect(fields(checkTopicIds([topic(), topic({ label: 'Nog eens' })], 'content/comparison.yaml'))).toEqual([
      'content/comparison.yaml topics[0, 1].id',
    ]);
  });
});

describe('checkReadouts', () => {
  const readout = (order: number): ReadoutData => ({
    label: 'X',
    title: 'T',
    publisher: 'P',
    date: new Date('2025-03-18'),
    url: 'https://example.org/',
    urlConfirmed: true,
    language: 'en',
    order,
  });

  it('reports two readouts claiming the same column', () => {
    const problems = checkReadouts([
      { id: 'kremlin', file: 'content/readouts/kremlin.yaml', data: readout(1) },
      { id: 'white-house', file: 'content/readouts/white-house.yaml', data: readout(1) },
    ]);
    expect(fields(problems)).toEqual(['content/readouts/kremlin.yaml order', 'content/readouts/white-house.yaml order']);
  });
});

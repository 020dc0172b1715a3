import { describe, expect, it } from 'vitest';
import { readoutIds, validFacts, validLede, validReadouts, validTakeaways, validTopics } from '../../tests/unit/fixtures.ts';
import {
  checkCitations,
  checkComparison,
  checkEveryPointCited,
  checkPointIds,
  checkQuotationMarks,
  checkQuotesInText,
  checkReadouts,
  checkSummaries,
  checkTakeaways,
  checkTopicIds,
  paragraphCounts,
  type CitationTargets,
} from './validate.ts';
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

  it("refuses the slug of the site's own card", () => {
    const takeaways = validTakeaways();
    takeaways[2]!.data.slug = 'site';
    const problems = checkTakeaways(takeaways, readoutIds);
    expect(fields(problems)).toEqual(['content/takeaways/3-conclusie-3.mdx slug']);
    expect(problems[0]?.message).toContain('/og/site.png');
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

  it('reports a topic id used twice, naming each place', () => {
    const problems = checkTopicIds([topic(), topic({ id: 'ander' }), topic({ label: 'Nog eens' })], 'content/comparison.yaml');
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'content/comparison.yaml topics[0].id: topic id "energie" is also used by topics[2]',
      'content/comparison.yaml topics[2].id: topic id "energie" is also used by topics[0]',
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
    language: 'en',
    phraseSource: 'readout',
    order,
    points: [{ id: `p-${order}`, text: 'Punt.' }],
  });

  it('reports two readouts claiming the same column', () => {
    const problems = checkReadouts([
      { id: 'kremlin', file: 'content/readouts/kremlin.yaml', data: readout(1) },
      { id: 'white-house', file: 'content/readouts/white-house.yaml', data: readout(1) },
    ]);
    expect(fields(problems)).toEqual(['content/readouts/kremlin.yaml order', 'content/readouts/white-house.yaml order']);
  });
});

describe('checkSummaries', () => {
  it('accepts sentences that rest on paragraphs of their own takeaway', () => {
    expect(checkSummaries(validTakeaways())).toEqual([]);
  });

  it.each([
    { field: 'summary', takeaway: 2, sentence: 1, paragraphs: [2, 3], file: '3-conclusie-3', missing: 3 },
    { field: 'shortSummary', takeaway: 4, sentence: 0, paragraphs: [1, 4], file: '5-conclusie-5', missing: 4 },
  ] as const)('reports a $field paragraph beyond the takeaway’s text, by file, sentence and count', (c) => {
    const takeaways = validTakeaways();
    takeaways[c.takeaway]!.data[c.field][c.sentence]!.paragraphs = [...c.paragraphs];
    const problems = checkSummaries(takeaways);
    expect(fields(problems)).toEqual([`content/takeaways/${c.file}.mdx ${c.field}[${c.sentence}].paragraphs`]);
    expect(problems[0]?.message).toBe(`paragraph ${c.missing} does not exist: this takeaway’s text has 2 paragraphs (1–2)`);
  });

  it('counts the paragraphs of the takeaway’s own body, not of another', () => {
    const takeaways = validTakeaways();
    takeaways[0]!.body = 'Eén alinea, met een regel\nerbinnen.';
    expect(fields(checkSummaries(takeaways))).toEqual([
      'content/takeaways/1-conclusie-1.mdx summary[1].paragraphs',
      'content/takeaways/1-conclusie-1.mdx shortSummary[0].paragraphs',
    ]);
  });
});

describe('checkQuotesInText', () => {
  it('names the file and the quote the text does not hold', () => {
    const takeaways = validTakeaways();
    const quote = takeaways[1]!.data.quotes[1]!;
    const problems = checkQuotesInText(takeaways, new Map([[takeaways[1]!.file, [quote.id]]]));
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      `${takeaways[1]!.file} quotes[1].text (id "${quote.id}"): not found verbatim in this takeaway’s text (only whitespace may differ)`,
    ]);
  });

  it('accepts takeaways whose quotes were all found', () => {
    expect(checkQuotesInText(validTakeaways(), new Map())).toEqual([]);
  });
});

describe('checkPointIds', () => {
  it('accepts ids used once across both readouts and the context', () => {
    expect(checkPointIds(validReadouts(), validFacts(), 'content/context.yaml')).toEqual([]);
  });

  it('reports an id used in both readouts, naming both files', () => {
    const readouts = validReadouts();
    readouts[1]!.data.points[1]!.id = 'kr-1';
    const problems = checkPointIds(readouts, validFacts(), 'content/context.yaml');
    expect(fields(problems)).toEqual(['content/readouts/kremlin.yaml points[0].id', 'content/readouts/white-house.yaml points[1].id']);
    expect(problems[0]?.message).toContain('white-house.yaml points[1].id');
  });

  it('reports a fact id used twice in the context', () => {
    const facts = [...validFacts(), { id: 'na-1', text: 'Nog later.' }];
    const problems = checkPointIds(validReadouts(), facts, 'content/context.yaml');
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'content/context.yaml facts[0].id: id "na-1" is also used in content/context.yaml facts[1].id',
      'content/context.yaml facts[1].id: id "na-1" is also used in content/context.yaml facts[0].id',
    ]);
  });

  it('reports an id used in a readout and in the context', () => {
    const facts = validFacts();
    facts[0]!.id = 'wh-2';
    expect(fields(checkPointIds(validReadouts(), facts, 'content/context.yaml'))).toEqual([
      'content/readouts/white-house.yaml points[1].id',
      'content/context.yaml facts[0].id',
    ]);
  });
});

describe('checkCitations', () => {
  const FILE = 'content/comparison.yaml';
  const targets = (): CitationTargets => ({
    readouts: validReadouts(),
    facts: validFacts(),
    paragraphCounts: paragraphCounts(validLede, validTakeaways()),
  });
  const check = (change: (topics: ComparisonTopic[]) => void) => {
    const topics = validTopics();
    change(topics);
    return checkCitations(topics, FILE, targets());
  };
  const one = (problems: { file: string; field: string; message: string }[]) => {
    expect(problems).toHaveLength(1);
    return `${problems[0]!.file} ${problems[0]!.field}: ${problems[0]!.message}`;
  };

  it('accepts cells citing their own readout’s points and notes citing paragraphs, facts and points', () => {
    expect(checkCitations(validTopics(), FILE, targets())).toEqual([]);
  });

  it('reports an unknown point id, naming file, topic and side', () => {
    expect(one(check((t) => (t[0]!.sides['kremlin'] = { stance: 'says', points: ['kr-99'], text: 'Ja.' })))).toMatch(
      /^content\/comparison\.yaml topics\[0\]\.sides\.kremlin\.points \(id "energie"\): unknown point "kr-99"; content\/readouts\/kremlin\.yaml has kr-1, kr-2$/,
    );
  });

  it('reports a point of the other readout', () => {
    expect(one(check((t) => (t[0]!.sides['kremlin'] = { stance: 'says', points: ['wh-1'], text: 'Ja.' })))).toMatch(
      /sides\.kremlin\.points \(id "energie"\): "wh-1" is a point of content\/readouts\/white-house\.yaml, not of this side’s readout/,
    );
  });

  it('reports a context fact cited in a cell', () => {
    expect(one(check((t) => (t[1]!.sides['kremlin']!.points = ['na-1'])))).toMatch(
      /topics\[1\]\.sides\.kremlin\.points \(id "ijshockey"\): "na-1" is a context fact/,
    );
  });

  it('reports a says cell without points', () => {
    expect(one(check((t) => delete t[1]!.sides['kremlin']!.points))).toMatch(
      /topics\[1\]\.sides\.kremlin\.points \(id "ijshockey"\): stance "says" needs the ids of the points/,
    );
  });

  it('reports a differs cell with an empty list of points', () => {
    expect(one(check((t) => (t[0]!.sides['white-house']!.points = [])))).toMatch(
      /topics\[0\]\.sides\.white-house\.points \(id "energie"\): stance "differs" needs/,
    );
  });

  it('reports a silent cell with points', () => {
    expect(one(check((t) => (t[2]!.sides['kremlin']!.points = ['kr-2'])))).toMatch(
      /topics\[2\]\.sides\.kremlin\.points \(id "nooit-begonnen"\): a silent cell cites no points \(found kr-2\)/,
    );
  });

  it('reports a phrase that is not among the cited points’ phrases', () => {
    expect(one(check((t) => (t[0]!.sides['kremlin']!.phrase = 'energy')))).toMatch(
      /topics\[0\]\.sides\.kremlin\.phrase \(id "energie"\): "energy" is not among the phrases of the cited points \("energy infrastructure"\)/,
    );
  });

  it('reports a phrase of a point the cell does not cite', () => {
    expect(one(check((t) => (t[1]!.sides['kremlin']!.phrase = 'energy infrastructure')))).toMatch(
      /topics\[1\]\.sides\.kremlin\.phrase \(id "ijshockey"\): .*\(they have none\)/,
    );
  });

  it('reports a note source that is no paragraph, fact or point', () => {
    expect(one(check((t) => (t[0]!.note!.sources = ['na-9'])))).toMatch(
      /^content\/comparison\.yaml topics\[0\]\.note\.sources \(id "energie"\): unknown source "na-9"/,
    );
  });

  it('reports a paragraph beyond a takeaway’s text', () => {
    expect(one(check((t) => (t[0]!.note!.sources = ['alinea-3-9'])))).toMatch(
      /note\.sources \(id "energie"\): paragraph "alinea-3-9" does not exist: takeaway 3 has 2 paragraphs/,
    );
  });

  it('reports a paragraph of a takeaway that does not exist', () => {
    expect(one(check((t) => (t[0]!.note!.sources = ['alinea-6-1'])))).toMatch(
      /paragraph "alinea-6-1" does not exist: there is no takeaway 6/,
    );
  });

  it('reports a paragraph of the lede that does not exist', () => {
    expect(one(check((t) => (t[0]!.note!.sources = ['alinea-0-2'])))).toMatch(
      /paragraph "alinea-0-2" does not exist: the lede has 1 paragraph$/,
    );
  });
});

describe('checkEveryPointCited', () => {
  it('accepts readouts whose every point a cell cites', () => {
    expect(checkEveryPointCited(validTopics(), validReadouts())).toEqual([]);
  });

  it('reports a point no topic cites, naming the readout file and the point id', () => {
    const topics = validTopics().filter((t) => t.id !== 'ijshockey');
    const problems = checkEveryPointCited(topics, validReadouts());
    expect(fields(problems)).toEqual(['content/readouts/kremlin.yaml points[1] (id "kr-2")']);
    expect(problems[0]?.message).toMatch(/cited by no comparison topic/);
  });

  it('does not count a note’s source as the comparison covering a point', () => {
    const topics = validTopics().filter((t) => t.id !== 'ijshockey');
    topics[0]!.note!.sources.push('kr-2');
    expect(fields(checkEveryPointCited(topics, validReadouts()))).toEqual(['content/readouts/kremlin.yaml points[1] (id "kr-2")']);
  });
});

describe('paragraphCounts', () => {
  it('counts the lede as takeaway 0 and each body by its blank lines', () => {
    expect([...paragraphCounts('Een.\n\nTwee.', validTakeaways())]).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
      [3, 2],
      [4, 2],
      [5, 2],
    ]);
  });
});

describe('checkQuotationMarks', () => {
  const input = (topics = validTopics(), takeaways = validTakeaways()) => ({
    topics,
    comparisonFile: 'content/comparison.yaml',
    takeaways,
    lede: validLede,
    readouts: validReadouts(),
    facts: validFacts(),
    contextFile: 'content/context.yaml',
  });

  it('accepts valid content, and Knack’s exact words between ‘ ’ in a note that cites their paragraph', () => {
    const topics = validTopics();
    topics[0]!.note = { text: 'Knack noemt het de ‘tweede’ zin.', sources: ['alinea-1-2'] };
    expect(checkQuotationMarks(input(topics))).toEqual([]);
  });

  it('fails on quotation marks in a label, a cell, a readout point or a context fact, naming file and field', () => {
    const topics = validTopics();
    topics[1]!.label = '‘IJshockey’';
    topics[1]!.sides.kremlin!.text = 'Het Kremlin spreekt van ‘ijshockey’.';
    const readouts = validReadouts();
    readouts[0]!.data.points[0]!.text = 'Het Kremlin noemt het “edel”.';
    const problems = checkQuotationMarks({ ...input(topics), readouts, facts: [{ id: 'na-1', text: 'Trump zei "nooit".' }] });
    expect(fields(problems)).toEqual([
      'content/comparison.yaml topics[1].label (id "ijshockey")',
      'content/comparison.yaml topics[1].sides.kremlin.text (id "ijshockey")',
      'content/readouts/kremlin.yaml points[0].text (id "kr-1")',
      'content/context.yaml facts[0].text (id "na-1")',
    ]);
    expect(problems[1]?.message).toMatch(/quote a readout only through `phrase`/);
  });

  it('fails on a note that quotes words not in the paragraphs it cites', () => {
    const topics = validTopics();
    topics[0]!.note = { text: 'Knack spreekt van ‘alle buitenlandse hulp’.', sources: ['alinea-1-2', 'na-1'] };
    topics[2]!.note = { text: 'Het Witte Huis noemt het ‘tweede’.', sources: ['wh-2'] };
    const problems = checkQuotationMarks(input(topics));
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'topics[0].note.text (id "energie"): ‘alle buitenlandse hulp’ is not word for word in the paragraphs it cites (alinea-1-2): quotation marks hold Knack’s exact words only',
      'topics[2].note.text (id "nooit-begonnen"): ‘tweede’ is not word for word in a paragraph it cites (it cites none): quotation marks hold Knack’s exact words only',
    ]);
  });

  it('fails on a summary sentence that quotes words its takeaway does not have, or uses double quotes', () => {
    const takeaways = validTakeaways();
    takeaways[0]!.data.summary[0]!.text = 'Volgens Knack is het een ‘triomf’.';
    takeaways[1]!.data.shortSummary[0]!.text = 'Knack noemt het "tweede".';
    expect(fields(checkQuotationMarks(input(validTopics(), takeaways)))).toEqual([
      'content/takeaways/1-conclusie-1.mdx summary[0].text',
      'content/takeaways/2-conclusie-2.mdx shortSummary[0].text',
    ]);
  });
});

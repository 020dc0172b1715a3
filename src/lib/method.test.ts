/**
 * The method text stays true: what /vergelijking/ and /bronnen/ say about the cells, the quotation
 * marks and the order of points is read from content/ by `methodFacts`, and held here against it.
 */
import { describe, expect, it } from 'vitest';
import { articleMeta, contextFacts, readouts, takeaways, topics } from '../../tests/content.ts';
import { validReadouts, validTopics } from '../../tests/unit/fixtures.ts';
import { methodFacts, theReadouts } from './method.ts';
import { checkQuotationMarks } from './validate.ts';

const READOUTS = readouts();
const TOPICS = topics();
const FACTS = methodFacts(TOPICS, READOUTS);
const cells = TOPICS.flatMap((topic) => Object.entries(topic.sides).map(([side, cell]) => ({ topic: topic.id, side, cell })));

describe('methodFacts on content/', () => {
  it('“Na elke cel met … staan de punten”: exactly the cells of those stances cite points, the others none', () => {
    expect(FACTS.citing.length).toBeGreaterThan(0);
    for (const { topic, side, cell } of cells) {
      const cites = (cell.points?.length ?? 0) > 0;
      expect(cites, `${topic} × ${side} (${cell.stance})`).toBe(FACTS.citing.includes(cell.stance));
      expect(!cites, `${topic} × ${side} (${cell.stance})`).toBe(FACTS.notCiting.includes(cell.stance));
    }
  });

  it('gives as examples points that a cell of their own readout cites, one per readout', () => {
    expect(FACTS.examplePoints).toHaveLength(READOUTS.length);
    FACTS.examplePoints.forEach((id, index) => {
      expect(
        cells.some(({ side, cell }) => side === READOUTS[index]!.id && cell.points?.includes(id)),
        id,
      ).toBe(true);
    });
  });

  it('names as translations by others exactly the readouts whose English is not their own', () => {
    expect(FACTS.translated).toEqual(READOUTS.filter((r) => r.phraseSource === 'translation').map((r) => r.label));
    expect(FACTS.ownWords).toEqual(READOUTS.filter((r) => r.phraseSource === 'readout').map((r) => r.label));
  });

  it('says “bij benadering” for exactly the readouts with a point whose place is not confirmed', () => {
    expect(FACTS.orderUncertain).toEqual(READOUTS.filter((r) => r.points.some((p) => p.orderUncertain)).map((r) => r.label));
  });

  it('“tussen aanhalingstekens alleen korte Engelse woorden” in the cells, Knack’s words in the notes: the content holds to it', () => {
    const takeawayInputs = takeaways().map((t) => ({ file: `takeaway ${t.number}`, data: t, body: t.body }));
    const readoutInputs = READOUTS.map((r) => ({ id: r.id, file: r.id, data: r }));
    expect(
      checkQuotationMarks({
        topics: TOPICS,
        comparisonFile: 'content/comparison.yaml',
        takeaways: takeawayInputs,
        lede: articleMeta().ledeParagraphs.join('\n\n'),
        readouts: readoutInputs,
        facts: contextFacts(),
        contextFile: 'content/context.yaml',
      }),
    ).toEqual([]);
    expect(FACTS.notesQuoteKnack).toBe(TOPICS.some((t) => (t.note?.text ?? '').includes('‘')));
  });
});

describe('methodFacts on a copy that breaks a statement', () => {
  it('no longer says that silent cells cite no point once one does', () => {
    const copy = validTopics();
    copy[1]!.sides['white-house'] = { stance: 'silent', points: ['wh-1'], text: 'Zwijgt.' };
    const facts = methodFacts(
      copy,
      validReadouts().map((r) => ({ id: r.id, ...r.data })),
    );
    expect(facts.notCiting).not.toContain('silent');
    expect(
      methodFacts(
        validTopics(),
        validReadouts().map((r) => ({ id: r.id, ...r.data })),
      ).notCiting,
    ).toEqual(['silent']);
  });

  it('no longer says that every “says” cell cites points once one does not', () => {
    const copy = validTopics();
    copy[1]!.sides.kremlin = { stance: 'says', text: 'Vermeldt het.' };
    expect(
      methodFacts(
        copy,
        validReadouts().map((r) => ({ id: r.id, ...r.data })),
      ).citing,
    ).toEqual(['differs']);
  });
});

describe('theReadouts', () => {
  it('names one readout, or several with “en”', () => {
    expect(theReadouts(['Kremlin'])).toBe('het Kremlin');
    expect(theReadouts(['Kremlin', 'Witte Huis'])).toBe('het Kremlin en het Witte Huis');
  });
});

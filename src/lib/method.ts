/**
 * What the site says about its own method (the "Werkwijze" on /vergelijking/, "Bronnen en werkwijze"
 * on /bronnen/), read from the content rather than written beside it, so that it stays true when
 * the content changes: which cells cite points, which readout's English is a translation by others,
 * whose words stand between quotation marks in the notes, whose order of points is not confirmed.
 * `method.test.ts` holds each statement against the content; the quotation marks themselves are
 * checked at build time (`checkQuotationMarks` in validate.ts).
 */
import type { ComparisonTopic, Stance } from './schemas.ts';

const STANCES: readonly Stance[] = ['says', 'differs', 'silent'];

interface MethodReadout {
  id: string;
  label: string;
  phraseSource: 'readout' | 'translation';
  points: readonly { id: string; orderUncertain?: boolean | undefined }[];
}

export interface MethodFacts {
  /** Stances whose every cell cites points ("Na elke cel met … staan de punten"), in the order says, differs, silent. */
  citing: Stance[];
  /** Stances whose cells cite no point. */
  notCiting: Stance[];
  /** One cited point per readout, in column order, as examples ("zoals kr-3 of wh-5"). */
  examplePoints: string[];
  /** Labels of the readouts whose English phrases and title are translations by others. */
  translated: string[];
  /** Labels of the readouts whose English phrases are their own words. */
  ownWords: string[];
  /** Labels of the readouts whose order of points is not confirmed throughout. */
  orderUncertain: string[];
  /** Whether a note quotes Knack's words between ‘ ’. */
  notesQuoteKnack: boolean;
}

export function methodFacts(topics: readonly Pick<ComparisonTopic, 'sides' | 'note'>[], readouts: readonly MethodReadout[]): MethodFacts {
  const cells = topics.flatMap((topic) => Object.entries(topic.sides).map(([side, cell]) => ({ side, cell })));
  const used = STANCES.filter((stance) => cells.some(({ cell }) => cell.stance === stance));
  const cites = (stance: Stance, test: (n: number) => boolean) =>
    cells.filter(({ cell }) => cell.stance === stance).every(({ cell }) => test(cell.points?.length ?? 0));
  return {
    citing: used.filter((stance) => cites(stance, (n) => n > 0)),
    notCiting: used.filter((stance) => cites(stance, (n) => n === 0)),
    examplePoints: readouts.flatMap((r) => {
      const first = cells.find(({ side, cell }) => side === r.id && (cell.points?.length ?? 0) > 0)?.cell.points?.[0];
      return first ? [first] : [];
    }),
    translated: readouts.filter((r) => r.phraseSource === 'translation').map((r) => r.label),
    ownWords: readouts.filter((r) => r.phraseSource === 'readout').map((r) => r.label),
    orderUncertain: readouts.filter((r) => r.points.some((p) => p.orderUncertain)).map((r) => r.label),
    notesQuoteKnack: topics.some((topic) => /‘[^‘’]+’/.test(topic.note?.text ?? '')),
  };
}

/** "het Kremlin", "het Kremlin en het Witte Huis": readout labels as the subject of a Dutch sentence. */
export function theReadouts(labels: readonly string[]): string {
  const named = labels.map((label) => `het ${label}`);
  return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} en ${named.at(-1)}`;
}

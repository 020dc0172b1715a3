/**
 * Checks that span several entries or files. Each returns a list of problems (empty when
 * all is well) naming the file and the field, so the build can report them all at once.
 */
import type { ContentProblem } from './content-error.ts';
import { bodyParagraphs, parseParagraphId } from './paragraphs.ts';
import { TAKEAWAY_COUNT, type ComparisonTopic, type ContextFact, type ReadoutData, type TakeawayData } from './schemas.ts';
import { SITE_OG_IMAGE_NAME, ogImagePath } from './urls.ts';

export interface TakeawayInput {
  /** Path of the MDX file, relative to the project, for error messages. */
  file: string;
  data: TakeawayData;
  /** The raw MDX body (the article's paragraphs). */
  body: string;
}

export interface ReadoutInput {
  id: string;
  file: string;
  data: ReadoutData;
}

/**
 * One problem for each item whose key another item has too, naming where else it is used: the one
 * check for ids, numbers and orders that must be unique, whatever the file.
 */
function eachDuplicate<T>(
  items: readonly T[],
  key: (item: T) => string | number,
  problem: (item: T, value: string | number, others: T[]) => ContentProblem,
): ContentProblem[] {
  const groups = new Map<string | number, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups].flatMap(([value, group]) =>
    group.length < 2
      ? []
      : group.map((item) =>
          problem(
            item,
            value,
            group.filter((other) => other !== item),
          ),
        ),
  );
}

const filesOf = (items: readonly { file: string }[]): string => [...new Set(items.map((item) => item.file))].join(', ');

export function checkTakeaways(
  takeaways: readonly TakeawayInput[],
  readoutIds: readonly string[],
  folder = 'content/takeaways/',
): ContentProblem[] {
  const problems: ContentProblem[] = [];

  if (takeaways.length !== TAKEAWAY_COUNT) {
    problems.push({ file: folder, field: 'number', message: `expected exactly ${TAKEAWAY_COUNT} takeaways, found ${takeaways.length}` });
  }
  problems.push(
    ...eachDuplicate(
      takeaways,
      (t) => t.data.number,
      (t, number, others) => ({ file: t.file, field: 'number', message: `number ${number} is also used by ${filesOf(others)}` }),
    ),
    ...eachDuplicate(
      takeaways,
      (t) => t.data.slug,
      (t, slug, others) => ({ file: t.file, field: 'slug', message: `slug "${slug}" is also used by ${filesOf(others)}` }),
    ),
  );
  for (const t of takeaways) {
    if (t.data.slug === SITE_OG_IMAGE_NAME) {
      problems.push({
        file: t.file,
        field: 'slug',
        message: `"${SITE_OG_IMAGE_NAME}" is taken by the site's own image (${ogImagePath(SITE_OG_IMAGE_NAME)})`,
      });
    }
  }

  const allQuotes = takeaways.flatMap((t) => t.data.quotes.map((quote, index) => ({ t, quote, index })));
  for (const { t, quote, index } of allQuotes) {
    if (quote.cites !== undefined && !readoutIds.includes(quote.cites)) {
      problems.push({
        file: t.file,
        field: `quotes[${index}].cites (id "${quote.id}")`,
        message: `unknown readout "${quote.cites}"; known: ${readoutIds.join(', ')}`,
      });
    }
  }
  problems.push(
    ...eachDuplicate(
      allQuotes.map(({ t, quote, index }) => ({ file: t.file, id: quote.id, index })),
      (q) => q.id,
      (q, id, others) => ({ file: q.file, field: `quotes[${q.index}].id`, message: `quote id "${id}" is also used in ${filesOf(others)}` }),
    ),
  );
  return problems;
}

/**
 * Each key quote stands in its takeaway's rendered text (only whitespace may differ): the text
 * readers see, not the MDX source. `notInText` holds, per file, the ids of the quotes that
 * rehype-mark-quotes.ts could not mark there.
 */
export function checkQuotesInText(
  takeaways: readonly TakeawayInput[],
  notInText: ReadonlyMap<string, readonly string[]>,
): ContentProblem[] {
  return takeaways.flatMap((t) =>
    t.data.quotes.flatMap((quote, index) =>
      notInText.get(t.file)?.includes(quote.id)
        ? [
            {
              file: t.file,
              field: `quotes[${index}].text (id "${quote.id}")`,
              message: 'not found verbatim in this takeaway’s text (only whitespace may differ)',
            },
          ]
        : [],
    ),
  );
}

export function checkReadouts(readouts: readonly ReadoutInput[]): ContentProblem[] {
  return eachDuplicate(
    readouts,
    (r) => r.data.order,
    (r, order, others) => ({ file: r.file, field: 'order', message: `order ${order} is also used by ${filesOf(others)}` }),
  );
}

export function checkComparison(
  topics: readonly ComparisonTopic[],
  file: string,
  takeawaySlugs: readonly string[],
  readoutIds: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  topics.forEach((topic, index) => {
    const where = (field: string) => `topics[${index}].${field} (id "${topic.id}")`;
    for (const slug of topic.takeaways) {
      if (!takeawaySlugs.includes(slug)) {
        problems.push({ file, field: where('takeaways'), message: `unknown takeaway slug "${slug}"; known: ${takeawaySlugs.join(', ')}` });
      }
    }
    for (const side of Object.keys(topic.sides)) {
      if (!readoutIds.includes(side)) {
        problems.push({ file, field: where(`sides.${side}`), message: `unknown readout "${side}"; known: ${readoutIds.join(', ')}` });
      }
    }
    for (const readoutId of readoutIds) {
      if (!(readoutId in topic.sides)) {
        problems.push({
          file,
          field: where(`sides.${readoutId}`),
          message: 'missing: every topic needs a cell for every readout (use stance: silent when it is not mentioned)',
        });
      }
    }
  });
  return problems;
}

/** Topic ids must be unique: they are published anchors and share pages. */
export function checkTopicIds(topics: readonly { id: string }[], file: string): ContentProblem[] {
  return eachDuplicate(
    topics.map((topic, index) => ({ id: topic.id, index })),
    (t) => t.id,
    (t, id, others) => ({
      file,
      field: `topics[${t.index}].id`,
      message: `topic id "${id}" is also used by ${others.map((o) => `topics[${o.index}]`).join(', ')}`,
    }),
  );
}

/** Each sentence of the summary and the short summary rests on paragraphs that exist in its own takeaway's body. */
export function checkSummaries(takeaways: readonly TakeawayInput[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const t of takeaways) {
    const count = bodyParagraphs(t.body).length;
    for (const field of ['summary', 'shortSummary'] as const) {
      t.data[field].forEach((sentence, index) => {
        for (const n of sentence.paragraphs) {
          if (n > count) {
            problems.push({
              file: t.file,
              field: `${field}[${index}].paragraphs`,
              message: `paragraph ${n} does not exist: this takeaway’s text has ${count} paragraph${count === 1 ? '' : 's'} (1–${count})`,
            });
          }
        }
      });
    }
  }
  return problems;
}

/** Point and fact ids are unique across both readouts and `content/context.yaml`. */
export function checkPointIds(readouts: readonly ReadoutInput[], facts: readonly ContextFact[], contextFile: string): ContentProblem[] {
  const uses = [
    ...readouts.flatMap((r) => r.data.points.map((point, index) => ({ id: point.id, file: r.file, field: `points[${index}].id` }))),
    ...facts.map((fact, index) => ({ id: fact.id, file: contextFile, field: `facts[${index}].id` })),
  ];
  return eachDuplicate(
    uses,
    (use) => use.id,
    (use, id, others) => ({
      file: use.file,
      field: use.field,
      message: `id "${id}" is also used in ${others.map((o) => `${o.file} ${o.field}`).join(', ')}`,
    }),
  );
}

/** What the comparison's cells and notes may cite. */
export interface CitationTargets {
  readouts: readonly ReadoutInput[];
  facts: readonly ContextFact[];
  /** Paragraphs per takeaway number; 0 is the lede. */
  paragraphCounts: ReadonlyMap<number, number>;
}

const idList = (ids: readonly string[]): string => (ids.length > 6 ? `${ids.slice(0, 3).join(', ')} … ${ids.at(-1)}` : ids.join(', '));

/**
 * Every cell with stance says/differs cites the points of its own readout it rests on, a silent
 * cell cites none, a `phrase` is one of the cited points' phrases, and every note names sources
 * that exist (article paragraphs, context facts, readout points).
 */
export function checkCitations(topics: readonly ComparisonTopic[], file: string, targets: CitationTargets): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owner = new Map<string, ReadoutInput>();
  for (const r of targets.readouts) for (const point of r.data.points) owner.set(point.id, r);
  const factIds = new Set(targets.facts.map((f) => f.id));

  topics.forEach((topic, index) => {
    const where = (field: string) => `topics[${index}].${field} (id "${topic.id}")`;
    for (const [side, cell] of Object.entries(topic.sides)) {
      const readout = targets.readouts.find((r) => r.id === side);
      if (!readout) continue; // an unknown readout is reported by checkComparison
      const field = where(`sides.${side}.points`);
      const points = cell.points ?? [];
      if (cell.stance !== 'silent' && points.length === 0) {
        problems.push({
          file,
          field,
          message: `stance "${cell.stance}" needs the ids of the points of ${readout.file} it rests on, e.g. points: [${readout.data.points[0]?.id ?? 'kr-1'}]`,
        });
      }
      if (cell.stance === 'silent' && points.length > 0) {
        problems.push({
          file,
          field,
          message: `a silent cell cites no points (found ${points.join(', ')}): remove them or change the stance`,
        });
      }
      for (const id of points) {
        const from = owner.get(id);
        if (from === readout) continue;
        if (from) {
          problems.push({ file, field, message: `"${id}" is a point of ${from.file}, not of this side’s readout (${readout.file})` });
        } else if (factIds.has(id)) {
          problems.push({
            file,
            field,
            message: `"${id}" is a context fact, not a point of ${readout.file}; cite it in the note’s sources`,
          });
        } else {
          problems.push({
            file,
            field,
            message: `unknown point "${id}"; ${readout.file} has ${idList(readout.data.points.map((p) => p.id))}`,
          });
        }
      }
      if (cell.phrase !== undefined) {
        const cited = readout.data.points.filter((p) => points.includes(p.id));
        const allowed = cited.flatMap((p) => p.phrases ?? []);
        if (!allowed.includes(cell.phrase)) {
          problems.push({
            file,
            field: where(`sides.${side}.phrase`),
            message: `"${cell.phrase}" is not among the phrases of the cited points (${
              allowed.length > 0 ? allowed.map((p) => `"${p}"`).join(', ') : 'they have none'
            }); a phrase must be one of them, word for word`,
          });
        }
      }
    }
    for (const source of topic.note?.sources ?? []) {
      const problem = checkSource(source, owner, factIds, targets.paragraphCounts);
      if (problem) problems.push({ file, field: where('note.sources'), message: problem });
    }
  });
  return problems;
}

function checkSource(
  source: string,
  owner: ReadonlyMap<string, ReadoutInput>,
  factIds: ReadonlySet<string>,
  paragraphCounts: ReadonlyMap<number, number>,
): string | undefined {
  const paragraph = parseParagraphId(source);
  if (paragraph) {
    const count = paragraphCounts.get(paragraph.takeaway);
    const what = paragraph.takeaway === 0 ? 'the lede' : `takeaway ${paragraph.takeaway}`;
    if (count === undefined) return `paragraph "${source}" does not exist: there is no takeaway ${paragraph.takeaway} (0 is the lede)`;
    if (paragraph.paragraph < 1 || paragraph.paragraph > count) {
      return `paragraph "${source}" does not exist: ${what} has ${count} paragraph${count === 1 ? '' : 's'}`;
    }
    return undefined;
  }
  if (owner.has(source) || factIds.has(source)) return undefined;
  return `unknown source "${source}": use a paragraph (alinea-<takeaway>-<n>, the lede alinea-0-1), a context fact (content/context.yaml) or a readout point`;
}

/** Every point of every readout is cited by at least one comparison cell: nothing is left out. */
export function checkEveryPointCited(topics: readonly ComparisonTopic[], readouts: readonly ReadoutInput[]): ContentProblem[] {
  const cited = new Set(
    topics.flatMap((topic) => Object.entries(topic.sides).flatMap(([side, cell]) => (cell.points ?? []).map((id) => `${side} ${id}`))),
  );
  return readouts.flatMap((r) =>
    r.data.points.flatMap((point, index) =>
      cited.has(`${r.id} ${point.id}`)
        ? []
        : [
            {
              file: r.file,
              field: `points[${index}] (id "${point.id}")`,
              message:
                'cited by no comparison topic: cite it in a cell of this readout’s side (a point only this readout makes gets its own row)',
            },
          ],
    ),
  );
}

/** Paragraph counts per takeaway number, the lede as 0. */
export function paragraphCounts(lede: string, takeaways: readonly { data: { number: number }; body: string }[]): Map<number, number> {
  return new Map([
    [0, bodyParagraphs(lede).length],
    ...takeaways.map((t): [number, number] => [t.data.number, bodyParagraphs(t.body).length]),
  ]);
}

/** Any quotation mark but the closing single one, which is also the apostrophe (risico’s). */
const QUOTATION_MARK = /[‘“”„«»"]/;
/** A quotation between Dutch single quotes: ‘parkeren’. */
const SINGLE_QUOTED = /‘([^‘’]+)’/g;

export interface QuotationInput {
  topics: readonly ComparisonTopic[];
  comparisonFile: string;
  takeaways: readonly TakeawayInput[];
  /** The body of content/article.mdx (paragraph 0-n). */
  lede: string;
  readouts: readonly ReadoutInput[];
  facts: readonly ContextFact[];
  contextFile: string;
}

/**
 * Quotation marks hold exact words only; what the site says about them on /vergelijking/ and
 * /bronnen/ (src/lib/method.ts) rests on this check:
 * - a topic label, a cell's text, a readout point's text and a context fact's text hold none: a
 *   readout is quoted only through a cell's `phrase` or a point's `phrases`, in English;
 * - a summary sentence holds between ‘ ’ only words of its own takeaway's text, and a note only
 *   words of the paragraphs it cites (`alinea-…` in its sources): Knack's words, never a readout's.
 */
export function checkQuotationMarks(input: QuotationInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const noQuotes = (file: string, field: string, text: string) => {
    if (QUOTATION_MARK.test(text)) {
      problems.push({
        file,
        field,
        message: 'no quotation marks here: quote a readout only through `phrase` (a cell) or `phrases` (a point), and paraphrase the rest',
      });
    }
  };
  const knacksWords = (file: string, field: string, text: string, paragraphs: readonly string[], where: string) => {
    if (/[“”„«»"]/.test(text)) {
      problems.push({ file, field, message: 'use Dutch single quotes ‘ ’, and only around Knack’s exact words' });
    }
    for (const [, quoted] of text.matchAll(SINGLE_QUOTED)) {
      const words = normalizeQuoted(quoted ?? '');
      if (!paragraphs.some((paragraph) => paragraph.includes(words))) {
        problems.push({
          file,
          field,
          message: `‘${words}’ is not word for word in ${where}: quotation marks hold Knack’s exact words only`,
        });
      }
    }
  };

  input.topics.forEach((topic, index) => {
    const where = (field: string) => `topics[${index}].${field} (id "${topic.id}")`;
    noQuotes(input.comparisonFile, where('label'), topic.label);
    for (const [side, cell] of Object.entries(topic.sides)) noQuotes(input.comparisonFile, where(`sides.${side}.text`), cell.text);
    if (topic.note) {
      const cited = topic.note.sources.flatMap((source) => {
        const id = parseParagraphId(source);
        if (!id) return [];
        const body = id.takeaway === 0 ? input.lede : input.takeaways.find((t) => t.data.number === id.takeaway)?.body;
        const paragraph = body === undefined ? undefined : bodyParagraphs(body)[id.paragraph - 1];
        return paragraph === undefined ? [] : [paragraph];
      });
      const sources = topic.note.sources.filter((s) => parseParagraphId(s)).join(', ');
      knacksWords(
        input.comparisonFile,
        where('note.text'),
        topic.note.text,
        cited,
        sources ? `the paragraphs it cites (${sources})` : 'a paragraph it cites (it cites none)',
      );
    }
  });
  for (const r of input.readouts)
    r.data.points.forEach((point, index) => noQuotes(r.file, `points[${index}].text (id "${point.id}")`, point.text));
  input.facts.forEach((fact, index) => noQuotes(input.contextFile, `facts[${index}].text (id "${fact.id}")`, fact.text));
  for (const t of input.takeaways) {
    const paragraphs = bodyParagraphs(t.body);
    for (const field of ['summary', 'shortSummary'] as const) {
      t.data[field].forEach((sentence, index) =>
        knacksWords(t.file, `${field}[${index}].text`, sentence.text, paragraphs, 'this takeaway’s text'),
      );
    }
  }
  return problems;
}

const normalizeQuoted = (text: string): string => text.replace(/\s+/g, ' ').trim();

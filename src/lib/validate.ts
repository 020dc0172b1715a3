/**
 * Checks that span several entries or files. Each returns a list of problems (empty when
 * all is well) naming the file and the field, so the build can report them all at once.
 */
import type { ContentProblem } from './content-error.ts';
import { quoteOccursIn } from './quotes.ts';
import { TAKEAWAY_COUNT, type ComparisonTopic, type ReadoutData, type TakeawayData } from './schemas.ts';

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

function duplicates<T>(items: readonly T[], key: (item: T) => string | number): Map<string | number, T[]> {
  const groups = new Map<string | number, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return new Map([...groups].filter(([, group]) => group.length > 1));
}

export function checkTakeaways(
  takeaways: readonly TakeawayInput[],
  readoutIds: readonly string[],
  folder = 'content/takeaways/',
): ContentProblem[] {
  const problems: ContentProblem[] = [];

  if (takeaways.length !== TAKEAWAY_COUNT) {
    problems.push({ file: folder, field: 'number', message: `expected exactly ${TAKEAWAY_COUNT} takeaways, found ${takeaways.length}` });
  }
  for (const [number, group] of duplicates(takeaways, (t) => t.data.number)) {
    for (const t of group) {
      const others = group.filter((o) => o !== t).map((o) => o.file);
      problems.push({ file: t.file, field: 'number', message: `number ${number} is also used by ${others.join(', ')}` });
    }
  }
  for (const [slug, group] of duplicates(takeaways, (t) => t.data.slug)) {
    for (const t of group) {
      const others = group.filter((o) => o !== t).map((o) => o.file);
      problems.push({ file: t.file, field: 'slug', message: `slug "${slug}" is also used by ${others.join(', ')}` });
    }
  }

  const allQuotes = takeaways.flatMap((t) => t.data.quotes.map((quote, index) => ({ t, quote, index })));
  for (const { t, quote, index } of allQuotes) {
    if (!quoteOccursIn(quote.text, t.body)) {
      problems.push({
        file: t.file,
        field: `quotes[${index}].text (id "${quote.id}")`,
        message: 'not found verbatim in this takeaway’s text',
      });
    }
    if (quote.cites !== undefined && !readoutIds.includes(quote.cites)) {
      problems.push({
        file: t.file,
        field: `quotes[${index}].cites (id "${quote.id}")`,
        message: `unknown readout "${quote.cites}"; known: ${readoutIds.join(', ')}`,
      });
    }
  }
  for (const [id, group] of duplicates(allQuotes, (q) => q.quote.id)) {
    for (const { t, index } of group) {
      const others = group.filter((o) => o.t !== t || o.index !== index).map((o) => o.t.file);
      problems.push({
        file: t.file,
        field: `quotes[${index}].id`,
        message: `quote id "${id}" is also used in ${[...new Set(others)].join(', ')}`,
      });
    }
  }
  return problems;
}

export function checkReadouts(readouts: readonly ReadoutInput[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [order, group] of duplicates(readouts, (r) => r.data.order)) {
    for (const r of group) {
      problems.push({
        file: r.file,
        field: 'order',
        message: `order ${order} is also used by ${group
          .filter((o) => o !== r)
          .map((o) => o.file)
          .join(', ')}`,
      });
    }
  }
  return problems;
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

/** Topic ids must be unique: a repeated id would silently replace the earlier topic. */
export function checkTopicIds(topics: readonly { id: string }[], file: string): ContentProblem[] {
  return [...duplicates(topics, (t) => t.id)].map(([id, group]) => ({
    file,
    field: `topics[${group.map((t) => topics.indexOf(t)).join(', ')}].id`,
    message: `topic id "${id}" is used ${group.length} times`,
  }));
}

/**
 * The article as one validated model, loaded once per build from the content collections.
 * Pages call `loadArticle()`; it throws a `ContentError` that names file and field when a file
 * does not parse (in dev, what the problem ledger holds) or anything is inconsistent, which fails
 * the build, and in `npm run dev` shows Astro's error overlay until the file is fixed.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { throwIfAny } from './content-error.ts';
import { bodyParagraphs } from './paragraphs.ts';
import { QUOTES_NOT_IN_TEXT } from './rehype-mark-quotes.ts';
import { normalizeWhitespace } from './text.ts';
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
} from './validate.ts';

export type TakeawayEntry = CollectionEntry<'takeaways'>;
export type ReadoutEntry = CollectionEntry<'readouts'>;
type TopicEntry = CollectionEntry<'comparison'>;
export type Topic = TopicEntry['data'];
type Fact = CollectionEntry<'context'>['data'];

export interface Article {
  /** `content/article.mdx`: its frontmatter, plus its body as `lede`. */
  meta: CollectionEntry<'article'>['data'] & {
    /** The lede as one line of text. */
    lede: string;
    /** The lede's paragraphs (anchors `#alinea-0-<n>`). */
    ledeParagraphs: string[];
  };
  /** In article order (number 1–5). */
  takeaways: TakeawayEntry[];
  /** In column order (Kremlin left, White House right). */
  readouts: ReadoutEntry[];
  /** In the order of `content/comparison.yaml`. */
  topics: Topic[];
  /** `content/context.yaml`: facts from after the call, in file order. */
  facts: Fact[];
}

const contentDir = process.env.CONTENT_DIR ?? 'content';

let cached: Promise<Article> | undefined;

export function loadArticle(): Promise<Article> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Article> {
  const [problems, articleEntries, takeaways, readouts, topicEntries, factEntries] = await Promise.all([
    getCollection('contentProblems'),
    getCollection('article'),
    getCollection('takeaways'),
    getCollection('readouts'),
    getCollection('comparison'),
    getCollection('context'),
  ]);
  throwIfAny(problems.flatMap((entry) => entry.data.problems));
  const articleEntry = articleEntries[0];
  const lede = normalizeWhitespace(articleEntry?.body ?? '');
  throwIfAny(
    !articleEntry
      ? [{ file: `${contentDir}/article.mdx`, field: '(file)', message: 'missing: the article’s metadata and lede live here' }]
      : lede === ''
        ? [
            {
              file: articleEntry.filePath ?? `${contentDir}/article.mdx`,
              field: '(body)',
              message: 'empty: the body of this file is the article’s lede',
            },
          ]
        : [],
  );
  const meta = { ...articleEntry!.data, lede, ledeParagraphs: bodyParagraphs(articleEntry?.body ?? '') };

  readouts.sort((a, b) => a.data.order - b.data.order);
  takeaways.sort((a, b) => a.data.number - b.data.number);
  const topics = topicEntries.map((entry) => entry.data).sort((a, b) => a.position - b.position);
  const facts = factEntries.map((entry) => entry.data).sort((a, b) => a.position - b.position);
  const readoutIds = readouts.map((r) => r.id);
  const readoutInputs = readouts.map((r) => ({ id: r.id, file: r.filePath ?? r.id, data: r.data }));
  const takeawayInputs = takeaways.map((t) => ({ file: t.filePath ?? t.id, data: t.data, body: t.body ?? '' }));
  const comparisonFile = `${contentDir}/comparison.yaml`;
  const quotesNotInText = new Map(
    await Promise.all(
      takeaways.map(async (t, i) => {
        const { remarkPluginFrontmatter } = await render(t);
        return [takeawayInputs[i]!.file, (remarkPluginFrontmatter[QUOTES_NOT_IN_TEXT] ?? []) as string[]] as const;
      }),
    ),
  );

  throwIfAny([
    ...checkReadouts(readoutInputs),
    ...checkPointIds(readoutInputs, facts, `${contentDir}/context.yaml`),
    ...checkTakeaways(takeawayInputs, readoutIds, `${contentDir}/takeaways/`),
    ...checkQuotesInText(takeawayInputs, quotesNotInText),
    ...checkSummaries(takeawayInputs),
    ...checkTopicIds(topics, comparisonFile),
    ...checkComparison(
      topics,
      comparisonFile,
      takeaways.map((t) => t.data.slug),
      readoutIds,
    ),
    ...checkCitations(topics, comparisonFile, {
      readouts: readoutInputs,
      facts,
      paragraphCounts: paragraphCounts(articleEntry?.body ?? '', takeawayInputs),
    }),
    ...checkEveryPointCited(topics, readoutInputs),
    ...checkQuotationMarks({
      topics,
      comparisonFile,
      takeaways: takeawayInputs,
      lede: articleEntry?.body ?? '',
      readouts: readoutInputs,
      facts,
      contextFile: `${contentDir}/context.yaml`,
    }),
  ]);

  return { meta, takeaways, readouts, topics, facts };
}

export function findTakeaway(article: Article, slug: string): TakeawayEntry | undefined {
  return article.takeaways.find((t) => t.data.slug === slug);
}

/** The readout a point belongs to, or undefined for a context fact. */
export function readoutOfPoint(article: Article, pointId: string): ReadoutEntry | undefined {
  return article.readouts.find((r) => r.data.points.some((p) => p.id === pointId));
}

/**
 * The article as one validated model, loaded once per build from the content collections.
 * Pages call `loadArticle()`; it throws a `ContentError` that names file and field when
 * anything is inconsistent, which fails the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { throwIfAny } from './content-error.ts';
import { normalizeWhitespace } from './quotes.ts';
import { checkComparison, checkReadouts, checkTakeaways } from './validate.ts';

export type TakeawayEntry = CollectionEntry<'takeaways'>;
export type ReadoutEntry = CollectionEntry<'readouts'>;
export type TopicEntry = CollectionEntry<'comparison'>;
export type Topic = TopicEntry['data'];

export interface Article {
  /** `content/article.mdx`: its frontmatter, plus its body as `lede`. */
  meta: CollectionEntry<'article'>['data'] & { lede: string };
  /** In article order (number 1–5). */
  takeaways: TakeawayEntry[];
  /** In column order (Kremlin left, White House right). */
  readouts: ReadoutEntry[];
  /** In the order of `content/comparison.yaml`. */
  topics: Topic[];
}

const contentDir = process.env.CONTENT_DIR ?? 'content';

let cached: Promise<Article> | undefined;

export function loadArticle(): Promise<Article> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Article> {
  const [articleEntries, takeaways, readouts, topicEntries] = await Promise.all([
    getCollection('article'),
    getCollection('takeaways'),
    getCollection('readouts'),
    getCollection('comparison'),
  ]);
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
  const meta = { ...articleEntry!.data, lede };

  readouts.sort((a, b) => a.data.order - b.data.order);
  takeaways.sort((a, b) => a.data.number - b.data.number);
  const topics = topicEntries.map((entry) => entry.data).sort((a, b) => a.position - b.position);
  const readoutIds = readouts.map((r) => r.id);

  throwIfAny([
    ...checkReadouts(readouts.map((r) => ({ id: r.id, file: r.filePath ?? r.id, data: r.data }))),
    ...checkTakeaways(
      takeaways.map((t) => ({ file: t.filePath ?? t.id, data: t.data, body: t.body ?? '' })),
      readoutIds,
      `${contentDir}/takeaways/`,
    ),
    ...checkComparison(
      topics,
      `${contentDir}/comparison.yaml`,
      takeaways.map((t) => t.data.slug),
      readoutIds,
    ),
  ]);

  return { meta, takeaways, readouts, topics };
}

export function findTakeaway(article: Article, slug: string): TakeawayEntry | undefined {
  return article.takeaways.find((t) => t.data.slug === slug);
}

export function readoutById(article: Article, id: string): ReadoutEntry | undefined {
  return article.readouts.find((r) => r.id === id);
}

/**
 * The content layer: everything the site shows comes from the top-level `content/` folder.
 * Schemas (with a doc comment on every field) are in `src/lib/schemas.ts`; checks across
 * entries (unique numbers, quotes found in the text, comparison references) in `src/lib/validate.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseComparisonFile } from './lib/parse-comparison.ts';
import { articleSchema, comparisonTopicSchema, readoutSchema, takeawaySchema } from './lib/schemas.ts';

/** CONTENT_DIR lets the tests build a deliberately broken copy of `content/`. */
const contentDir = process.env.CONTENT_DIR ?? 'content';

/** Ids are file names (without extension), so two files can never collapse into one entry. */
const idFromFileName = ({ entry }: { entry: string }) => path.basename(entry).replace(/\.[^.]+$/, '');

const takeaways = defineCollection({
  loader: glob({ base: `${contentDir}/takeaways`, pattern: '*.mdx', generateId: idFromFileName }),
  schema: takeawaySchema,
});

const article = defineCollection({
  loader: glob({ base: contentDir, pattern: 'article.mdx', generateId: idFromFileName }),
  schema: articleSchema,
});

const readouts = defineCollection({
  loader: glob({ base: `${contentDir}/readouts`, pattern: '*.yaml', generateId: idFromFileName }),
  schema: readoutSchema,
});

function comparisonLoader(file: string): Loader {
  return {
    name: 'comparison-loader',
    load: async ({ store, parseData, config }) => {
      const absolute = new URL(file, config.root);
      const topics = parseComparisonFile(await readFile(absolute, 'utf-8'), file);
      store.clear();
      for (const [position, topic] of topics.entries()) {
        const data = await parseData({ id: topic.id, data: { ...topic, position } });
        store.set({ id: topic.id, data, filePath: file });
      }
    },
  };
}

const comparison = defineCollection({
  loader: comparisonLoader(`${contentDir}/comparison.yaml`),
  schema: comparisonTopicSchema.extend({
    /** Set by the loader: the topic's position in the file, which is its display order. */
    position: z.number().int().min(0),
  }),
});

export const collections = { takeaways, article, readouts, comparison };

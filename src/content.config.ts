/**
 * The content layer: everything the site shows comes from the top-level `content/` folder.
 * Schemas (with a doc comment on every field) are in `src/lib/schemas.ts`; checks across
 * entries (unique numbers, comparison references) in `src/lib/validate.ts`; that each key quote
 * stands in its text, where the text is rendered (`src/lib/rehype-mark-quotes.ts`).
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseComparisonFile } from './lib/parse-comparison.ts';
import { parseContextFile } from './lib/parse-context.ts';
import { articleSchema, comparisonTopicSchema, contextFactSchema, readoutSchema, takeawaySchema } from './lib/schemas.ts';

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

/**
 * A loader for a YAML file that holds one list (comparison.yaml, context.yaml), with a strict
 * parser that throws on any problem: Astro's `file()` loader logs YAML errors and carries on.
 */
function yamlListLoader(name: string, file: string, parse: (text: string, file: string) => { id: string }[]): Loader {
  return {
    name,
    load: async ({ store, parseData, config }) => {
      const absolute = new URL(file, config.root);
      const entries = parse(await readFile(absolute, 'utf-8'), file);
      store.clear();
      for (const [position, entry] of entries.entries()) {
        const data = await parseData({ id: entry.id, data: { ...entry, position } });
        store.set({ id: entry.id, data, filePath: file });
      }
    },
  };
}

/** Set by the loader: the entry's position in the file, which is its display order. */
const position = z.number().int().min(0);

const comparison = defineCollection({
  loader: yamlListLoader('comparison-loader', `${contentDir}/comparison.yaml`, parseComparisonFile),
  schema: comparisonTopicSchema.extend({ position }),
});

/** Facts from after the call (not readout text), cited by notes: `content/context.yaml`. */
const context = defineCollection({
  loader: yamlListLoader('context-loader', `${contentDir}/context.yaml`, parseContextFile),
  schema: contextFactSchema.extend({ position }),
});

export const collections = { takeaways, article, readouts, comparison, context };

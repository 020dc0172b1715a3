/**
 * The content layer: everything the site shows comes from the top-level `content/` folder.
 * Loaders only parse: each file against its schema (src/lib/schemas.ts, a doc comment on every
 * field). The checks across entries run once, in `loadArticle()` (src/lib/article.ts, with the
 * checks of src/lib/validate.ts). In `npm run dev` every file is watched, and a file that no
 * longer parses is kept in the problem ledger (src/lib/problem-ledger.ts) until it is fixed.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, problemsOf } from './lib/content-error.ts';
import { parseComparisonFile } from './lib/parse-comparison.ts';
import { parseContextFile } from './lib/parse-context.ts';
import { contentProblemsSchema, createProblemLedger } from './lib/problem-ledger.ts';
import { articleSchema, comparisonTopicSchema, contextFactSchema, readoutSchema, takeawaySchema } from './lib/schemas.ts';

/** CONTENT_DIR lets the tests build or serve a deliberately broken copy of `content/`. */
const contentDir = process.env.CONTENT_DIR ?? 'content';

const ledger = createProblemLedger();

/** Ids are file names (without extension), so two files can never collapse into one entry. */
const idFromFileName = ({ entry }: { entry: string }) => path.basename(entry).replace(/\.[^.]+$/, '');

const takeaways = defineCollection({
  loader: ledger.watching(glob({ base: `${contentDir}/takeaways`, pattern: '*.mdx', generateId: idFromFileName }), takeawaySchema),
  schema: takeawaySchema,
});

const article = defineCollection({
  loader: ledger.watching(glob({ base: contentDir, pattern: 'article.mdx', generateId: idFromFileName }), articleSchema),
  schema: articleSchema,
});

const readouts = defineCollection({
  loader: ledger.watching(glob({ base: `${contentDir}/readouts`, pattern: '*.yaml', generateId: idFromFileName }), readoutSchema),
  schema: readoutSchema,
});

/**
 * A loader for a YAML file that holds one list (comparison.yaml, context.yaml), with a strict
 * parser that throws on any problem: Astro's `file()` loader logs YAML errors and carries on.
 * Entries are keyed by their place in the file, so an id used twice reaches the checks twice.
 * In dev the file is watched; a version that does not parse goes to the ledger, and the last
 * good entries stay until it is fixed, as the `glob()` loader keeps them.
 */
function yamlListLoader(name: string, file: string, parse: (text: string, file: string) => { id: string }[]): Loader {
  return {
    name,
    load: async ({ store, parseData, config, watcher, logger }) => {
      const absolute = fileURLToPath(new URL(file, config.root));
      const sync = async () => {
        const entries = parse(await readFile(absolute, 'utf-8'), file);
        const parsed = await Promise.all(
          entries.map((entry, position) => parseData({ id: String(position), data: { ...entry, position } })),
        );
        store.clear();
        for (const [position, data] of parsed.entries()) store.set({ id: String(position), data, filePath: file });
        ledger.resolve(file);
      };
      const syncWatched = async () => {
        try {
          await sync();
        } catch (error) {
          const problems = problemsOf(error, file);
          ledger.report(file, problems);
          logger.error(new ContentError(problems).message);
        }
      };
      if (!watcher) return sync();
      await syncWatched();
      watcher.add(absolute);
      watcher.on('change', (changed) => {
        if (changed === absolute) void syncWatched();
      });
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

/** Problems of files that no longer parse, in `npm run dev` only: src/lib/problem-ledger.ts. */
const contentProblems = defineCollection({ loader: ledger.loader, schema: contentProblemsSchema });

export const collections = { takeaways, article, readouts, comparison, context, contentProblems };

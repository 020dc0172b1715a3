/**
 * The content problems of `npm run dev`, kept until their file is fixed.
 *
 * When an edited file no longer parses, Astro's `glob()` loader logs the error and keeps the
 * file's last good entry, so the page would go on showing stale content, without a word. The ledger keeps each
 * such problem in a collection of its own (`contentProblems`, one entry) and drops it as soon as
 * the file parses again. `loadArticle()` throws whatever the ledger holds, so the
 * browser shows it in Astro's error overlay like every other content error, and a fixed file
 * reloads the page. In `astro build` there is no watcher: a loader's error fails the build at once.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { problemsOf, type ContentProblem } from './content-error.ts';
import { fieldPath } from './parse-yaml-list.ts';

export const contentProblemsSchema = z.strictObject({
  problems: z.array(z.strictObject({ file: z.string(), field: z.string(), message: z.string() })),
});

type Store = LoaderContext['store'];

export interface ProblemLedger {
  /** The loader of the `contentProblems` collection. */
  loader: Loader;
  /** Replaces what is known about `file` (a path relative to the project) with `problems`. */
  report(file: string, problems: readonly ContentProblem[]): void;
  /** `file` parses again. */
  resolve(file: string): void;
  /**
   * `loader` with each entry that fails `schema` in dev reported under its file, by field, and
   * resolved once it passes; the entry is dropped meanwhile. The loader still logs and throws.
   */
  watching(loader: Loader, schema: z.ZodType): Loader;
}

/** The id of the ledger's one entry: an empty collection would make Astro warn on every page. */
const OPEN_PROBLEMS = 'open';

export function createProblemLedger(): ProblemLedger {
  const open = new Map<string, readonly ContentProblem[]>();
  let store: Store | undefined;
  const write = () => store?.set({ id: OPEN_PROBLEMS, data: { problems: [...open.values()].flat() } });

  const ledger: ProblemLedger = {
    loader: {
      name: 'content-problems',
      load: async (context) => {
        store = context.store;
        write();
      },
    },
    report(file, problems) {
      open.set(file, problems);
      write();
    },
    resolve(file) {
      if (open.delete(file)) write();
    },
    watching(loader, schema) {
      return {
        ...loader,
        load: (context) => {
          if (!context.watcher) return loader.load(context);
          const root = fileURLToPath(context.config.root);
          return loader.load({
            ...context,
            parseData: async (props) => {
              const file = path.relative(root, props.filePath ?? props.id);
              try {
                const data = await context.parseData(props);
                ledger.resolve(file);
                return data;
              } catch (error) {
                ledger.report(file, schemaProblems(schema, props.data, file, error));
                // Without its stale entry, the file is parsed again even when it is put back as it
                // was: the loader skips a file whose entry has the same digest.
                context.store.delete(props.id);
                throw error;
              }
            },
          });
        },
      };
    },
  };
  return ledger;
}

/** Why `data` fails `schema`, field by field; the error itself when the schema accepts it. */
function schemaProblems(schema: z.ZodType, data: unknown, file: string, error: unknown): readonly ContentProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return problemsOf(error, file);
  return result.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
}

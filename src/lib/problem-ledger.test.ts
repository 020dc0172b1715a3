import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { createProblemLedger } from './problem-ledger.ts';

/** A collection's store as the loaders see it, kept in a Map. */
function memoryStore() {
  const entries = new Map<string, unknown>();
  const store = {
    set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data) && true,
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
  };
  return { entries, store: store as unknown as LoaderContext['store'] };
}

const schema = z.strictObject({ number: z.number() });
const root = new URL('file:///project/');

/** A context whose parseData validates against `schema`, as Astro's does; in dev it has a watcher. */
function devContext(store: LoaderContext['store'], { dev = true } = {}): LoaderContext {
  return {
    store,
    config: { root },
    ...(dev ? { watcher: {} } : {}),
    parseData: async ({ data }: { data: unknown }) => schema.parse(data),
  } as unknown as LoaderContext;
}

/** A loader that parses one file's data, as glob() does for each file it reads. */
function loaderOf(data: () => Record<string, unknown>) {
  return {
    name: 'test',
    load: async (context: LoaderContext) =>
      void (await context.parseData({ id: 'een', data: data(), filePath: '/project/content/een.mdx' })),
  };
}

describe('createProblemLedger', () => {
  it('keeps a file that fails its schema, by field, until it parses again', async () => {
    const ledger = createProblemLedger();
    const problems = memoryStore();
    await ledger.loader.load(devContext(problems.store));
    let data: Record<string, unknown> = { number: 'een' };
    const loader = ledger.watching(
      loaderOf(() => data),
      schema,
    );
    const entries = memoryStore();
    entries.entries.set('een', { number: 1 });

    await expect(loader.load(devContext(entries.store))).rejects.toThrow();
    expect(problems.entries.get('open')).toEqual({
      problems: [{ file: 'content/een.mdx', field: 'number', message: 'Invalid input: expected number, received string' }],
    });
    expect(entries.entries.has('een')).toBe(false); // the stale entry is gone, so the fix is parsed again

    data = { number: 1 };
    await loader.load(devContext(entries.store));
    expect(problems.entries.get('open')).toEqual({ problems: [] });
  });

  it('writes problems reported before its own collection loaded', async () => {
    const ledger = createProblemLedger();
    ledger.report('content/comparison.yaml', [{ file: 'content/comparison.yaml', field: '(yaml)', message: 'kapot' }]);
    const problems = memoryStore();
    await ledger.loader.load(devContext(problems.store));
    expect(problems.entries.get('open')).toEqual({ problems: [{ file: 'content/comparison.yaml', field: '(yaml)', message: 'kapot' }] });
  });

  it('leaves a build alone: without a watcher the loader runs as it is', async () => {
    const ledger = createProblemLedger();
    const problems = memoryStore();
    await ledger.loader.load(devContext(problems.store));
    const loader = ledger.watching(
      loaderOf(() => ({ number: 'een' })),
      schema,
    );
    const entries = memoryStore();
    await expect(loader.load(devContext(entries.store, { dev: false }))).rejects.toThrow();
    expect(problems.entries.get('open')).toEqual({ problems: [] });
  });
});

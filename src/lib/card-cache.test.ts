import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey, cachedFile } from './card-cache.ts';

describe('cacheKey', () => {
  it('is the same for the same parts and differs when any part does, or where parts are split', () => {
    expect(cacheKey(['a', Buffer.from([1, 2])])).toBe(cacheKey(['a', Buffer.from([1, 2])]));
    expect(cacheKey(['a', Buffer.from([1, 2])])).not.toBe(cacheKey(['a', Buffer.from([1, 3])]));
    expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
    expect(cacheKey(['x'])).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('cachedFile', () => {
  const dirs: string[] = [];
  const scratch = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'card-cache-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('produces a file once and serves it from the cache after that', async () => {
    const dir = path.join(scratch(), 'cards');
    let produced = 0;
    const produce = async () => ((produced += 1), Buffer.from(`png ${produced}`));
    expect((await cachedFile(dir, 'k1', produce)).toString()).toBe('png 1');
    expect((await cachedFile(dir, 'k1', produce)).toString()).toBe('png 1');
    expect(produced).toBe(1);
    expect((await cachedFile(dir, 'k2', produce)).toString()).toBe('png 2');
    expect(readdirSync(dir).sort()).toEqual(['k1', 'k2']);
  });

  it('without a directory, always produces', async () => {
    let produced = 0;
    const produce = async () => ((produced += 1), Buffer.from('png'));
    await cachedFile(undefined, 'k', produce);
    await cachedFile(undefined, 'k', produce);
    expect(produced).toBe(2);
  });

  it('still produces the file when the cache cannot be written', async () => {
    const file = path.join(scratch(), 'not-a-directory');
    writeFileSync(file, '');
    expect((await cachedFile(file, 'k', async () => Buffer.from('png'))).toString()).toBe('png');
  });
});

/**
 * A cache of drawn files between builds, by content: the key is a hash of everything that decides
 * the file's bytes, so a stale file can never be served, and an unchanged one is not drawn again.
 * Writes go to a temporary name first and are renamed into place, so a reader (another build,
 * running at the same time) never sees half a file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** SHA-256 over the parts, each preceded by its length, so that ["ab", "c"] and ["a", "bc"] differ. */
export function cacheKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf-8') : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The file for `key` from `dir`, or else what `produce` makes, stored there for the next time.
 * Without a `dir`, simply `produce()`. A cache that cannot be read or written is no error: the
 * file is produced as if there were none.
 */
export async function cachedFile(dir: string | undefined, key: string, produce: () => Promise<Buffer>): Promise<Buffer> {
  if (!dir) return produce();
  const file = path.join(dir, key);
  try {
    return await readFile(file);
  } catch {
    // Not cached yet.
  }
  const data = await produce();
  try {
    await mkdir(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch {
    // A read-only or full disk: the build goes on without the cache.
  }
  return data;
}

/**
 * Reads a built site (dist/) into memory: its HTML pages by URL path, and every file's path. The
 * one walk over dist/: the post-build pass (src/integrations/post-build.ts), the link check and
 * the budgets use it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface BuiltSite {
  /** URL path → HTML, e.g. "/" → dist/index.html, "/conclusies/x/" → dist/conclusies/x/index.html. */
  pages: Map<string, string>;
  /** Every file as a URL path, e.g. "/og/site.png". */
  files: Set<string>;
}

export function urlPathOf(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** The built file, relative to dist/, that serves a URL path: the inverse of urlPathOf. */
export function filePathOf(urlPath: string): string {
  return `${urlPath.slice(1)}${urlPath.endsWith('/') ? 'index.html' : ''}`;
}

export function readBuiltSite(dir: string): BuiltSite {
  const pages = new Map<string, string>();
  const files = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
    const urlPath = urlPathOf(relative);
    files.add(urlPath);
    if (entry.name.endsWith('.html')) pages.set(urlPath, readFileSync(path.join(dir, relative), 'utf-8'));
  }
  return { pages, files };
}

/**
 * Which pages the build published, read from its sitemap: every browser test (Playwright's in
 * tests/e2e/, the cross-engine ones in tests/engines/) covers new pages without being touched.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { ROOT } from './content.ts';

/** The build under test: the same OUT_DIR astro.config.mjs writes to. */
export const OUT_DIR = path.resolve(ROOT, process.env.OUT_DIR ?? 'dist');

/** A path no page lives at: the preview server answers it with the 404 page. */
export const NOT_FOUND_PATH = '/bestaat-niet/';

/** Every page in the sitemap, as pathnames. Throws when the site has not been built. */
export function pagePaths(): string[] {
  const file = path.join(OUT_DIR, 'sitemap-0.xml');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the site first (npx astro build, with the same OUT_DIR as the tests)`);
  }
  const locs = parse(readFileSync(file, 'utf-8')).querySelectorAll('loc');
  const paths = locs.map((loc) => new URL(loc.text.trim()).pathname);
  if (paths.length === 0) throw new Error(`${file} lists no pages`);
  return [...new Set(paths)];
}

/** Every page in the sitemap plus the 404 page, for checks that hold on every page the site serves. */
export function allPaths(): string[] {
  return [...pagePaths(), NOT_FOUND_PATH];
}

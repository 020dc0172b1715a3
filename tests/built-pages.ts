/**
 * Which pages the build published, read from its sitemap, plus the share pages the sitemap leaves
 * out (docs/architecture.md): every browser test (Playwright's in tests/e2e/, the cross-engine ones
 * in tests/engines/) covers new pages without being touched.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { quoteSharePath, topicSharePath } from '../src/lib/urls.ts';
import { ROOT, takeaways, topics } from './content.ts';

/** The build under test: the same OUT_DIR astro.config.mjs writes to. */
export const OUT_DIR = path.resolve(ROOT, process.env.OUT_DIR ?? 'dist');

/** A path no page lives at: the preview server answers it with the 404 page. */
export const NOT_FOUND_PATH = '/bestaat-niet/';

/**
 * Every page the build published: the pages of the sitemap and the share pages, which are left out
 * of it (docs/architecture.md). Throws when the site has not been built.
 */
export function pagePaths(): string[] {
  return [...sitemapPaths(), ...quoteSharePaths(), ...topicSharePaths()];
}

/** The share pages of the key quotes (`/citaat/<id>/`), from content/: a page the build left out is then a failure. */
function quoteSharePaths(): string[] {
  return takeaways().flatMap((t) => t.quotes.map((quote) => quoteSharePath(quote.id)));
}

/** The share pages of the comparison topics (`/onderwerp/<id>/`), from content/. */
function topicSharePaths(): string[] {
  return topics().map((t) => topicSharePath(t.id));
}

/** The pathname of each `<loc>` in the built sitemap. Throws when the site has not been built. */
export function sitemapPaths(): string[] {
  const file = path.join(OUT_DIR, 'sitemap-0.xml');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the site first (npx astro build, with the same OUT_DIR as the tests)`);
  }
  const locs = parse(readFileSync(file, 'utf-8')).querySelectorAll('loc');
  const paths = locs.map((loc) => new URL(loc.text.trim()).pathname);
  if (paths.length === 0) throw new Error(`${file} lists no pages`);
  return [...new Set(paths)];
}

/** Every page (the sitemap's and the share pages) plus the 404 page, for checks that hold on every page the site serves. */
export function allPaths(): string[] {
  return [...pagePaths(), NOT_FOUND_PATH];
}

/**
 * The sitemap's pages, the 404 page and one share page of each kind, for the cross-engine tests
 * (tests/engines/), which load each page several times in two or three engines: the share pages
 * come from two templates (src/pages/citaat/, src/pages/onderwerp/), so one of each covers their
 * layout, while all of them would multiply those tests' time (Playwright's tests in tests/e2e/
 * still cover every share page through allPaths()).
 */
export function templatePaths(): string[] {
  return [...sitemapPaths(), quoteSharePaths()[0]!, topicSharePaths()[0]!, NOT_FOUND_PATH];
}

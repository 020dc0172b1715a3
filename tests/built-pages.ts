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
 * The pages the browser tests visit one by one: the sitemap's, and one share page of each kind
 * (they are left out of the sitemap, docs/architecture.md). The 38 share pages come from two
 * templates (src/pages/citaat/, src/pages/onderwerp/), so one of each stands for their layout
 * and markup; all of them would take the suite from 205 to 704 browser tests.
 * `everyPublishedPath()` has them all, for checks cheap enough; share-pages.spec.ts, a11y.spec.ts and
 * print.spec.ts open every share page too. Throws when the
 * site has not been built.
 */
export function pagePaths(): string[] {
  return [...sitemapPaths(), quoteSharePaths()[0]!, topicSharePaths()[0]!];
}

/** The share pages of the key quotes (`/citaat/<id>/`), from content/: a page the build left out is then a failure. */
export function quoteSharePaths(): string[] {
  return takeaways().flatMap((t) => t.quotes.map((quote) => quoteSharePath(quote.id)));
}

/** The share pages of the comparison topics (`/onderwerp/<id>/`), from content/. */
export function topicSharePaths(): string[] {
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

/** Every page the site publishes, each of the 38 share pages too: for checks cheap enough to afford them all. */
export function everyPublishedPath(): string[] {
  return [...sitemapPaths(), ...quoteSharePaths(), ...topicSharePaths()];
}

/** The pages above plus the 404 page, for checks that hold on every page the site serves. */
export function allPaths(): string[] {
  return [...pagePaths(), NOT_FOUND_PATH];
}

/**
 * One page of each template (the first segment of its path: '', 'conclusies', 'citaat', 'bestaat-niet'…),
 * for checks that the template decides, not the content: the five takeaway pages differ in text,
 * not in markup or colours.
 */
export function templatePaths(): string[] {
  const template = (pathname: string) => pathname.split('/')[1] ?? '';
  const seen = new Set<string>();
  return allPaths().filter((pathname) => !seen.has(template(pathname)) && Boolean(seen.add(template(pathname))));
}

/**
 * `npm run check:links`: checks the built site (dist/, or OUT_DIR) for broken internal links and
 * fragments, and that every URL and anchor in tests/published-urls.json still exists.
 */
import { readFileSync } from 'node:fs';
import { checkLinks, checkPublished, type PublishedUrls } from './link-check.ts';
import { readBuiltSite } from './site-files.ts';

const dir = process.env.OUT_DIR ?? 'dist';
const site = readBuiltSite(dir);
const published = JSON.parse(readFileSync('tests/published-urls.json', 'utf-8')) as PublishedUrls;

const problems = [...checkLinks(site), ...checkPublished(site, published)];
const links = [...site.pages.values()].reduce((n, html) => n + (html.match(/<a\s[^>]*href=/g)?.length ?? 0), 0);
const anchors = Object.values(published.anchors).reduce((n, list) => n + list.length, 0);

if (problems.length > 0) {
  console.error(`Link check: ${problems.length} problem(s) in ${dir}/`);
  for (const p of problems) console.error(`  - ${p.page}: ${p.href}: ${p.problem}`);
  process.exit(1);
}
console.log(
  `Link check: ${site.pages.size} pages, ${links} links, all resolve; ${published.pages.length} published URLs and ${anchors} published anchors present.`,
);

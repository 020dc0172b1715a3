/**
 * `npm run check:links`: checks the built site (dist/, or OUT_DIR) for broken internal links and
 * fragments, that every URL and anchor in tests/published-urls.json still exists, and that every
 * page shows Knack's likely headline, a readout's address and the Kremlin's English only with their
 * hedges (scripts/hedge-check.ts, the hedges from content/ through src/lib/hedges.ts).
 */
import { readFileSync } from 'node:fs';
import { hedgesOf } from '../src/lib/hedges.ts';
import { articleMeta, readouts } from '../tests/content.ts';
import { checkHedges } from './hedge-check.ts';
import { checkLinks, checkPublished, type PublishedUrls } from './link-check.ts';
import { readBuiltSite } from './site-files.ts';

const dir = process.env.OUT_DIR ?? 'dist';
const site = readBuiltSite(dir);
const published = JSON.parse(readFileSync('tests/published-urls.json', 'utf-8')) as PublishedUrls;

const problems = [...checkLinks(site), ...checkPublished(site, published)];
const links = [...site.pages.values()].reduce((n, html) => n + (html.match(/<a\s[^>]*href=/g)?.length ?? 0), 0);
const anchors = Object.values(published.anchors).reduce((n, list) => n + list.length, 0);

const hedges = hedgesOf({ source: articleMeta().source, readouts: readouts() });
const unhedged = checkHedges(site, hedges);

if (problems.length > 0 || unhedged.length > 0) {
  if (problems.length > 0) console.error(`Link check: ${problems.length} problem(s) in ${dir}/`);
  for (const p of problems) console.error(`  - ${p.page}: ${p.href}: ${p.problem}`);
  if (unhedged.length > 0) console.error(`Hedge check: ${unhedged.length} place(s) in ${dir}/ without their hedge`);
  for (const p of unhedged) console.error(`  - ${p.page} (${p.where}): ${p.what} without its hedge (src/lib/hedges.ts)`);
  process.exit(1);
}
console.log(
  `Link check: ${site.pages.size} pages, ${links} links, all resolve; ${published.pages.length} published URLs and ${anchors} published anchors present; ${hedges.length} hedged texts never shown without their hedge.`,
);

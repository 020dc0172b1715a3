/**
 * `npm run lighthouse` (not part of `npm test`: it is slow). Builds nothing: run `npm run build`
 * first. Serves dist/ with `astro preview`, runs Lighthouse (mobile settings, simulated throttling)
 * on every page of the sitemap and every share page (or those in LIGHTHOUSE_PAGES) in the Chromium it finds, LIGHTHOUSE_RUNS times per page (3 unless
 * set), and keeps the median run (Lighthouse's own pick: nearest the median first paint and time to
 * interactive). Writes its HTML and JSON reports to lighthouse-reports/ and prints scores, first
 * and largest contentful paint per page. Exits 1 when a page scores under 100 in a category, or one
 * of the pages in LCP_TARGETS paints its largest content later than its target.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { startPreview } from './preview-server.ts';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 4488);
/** Runs per page: simulated timings still follow this machine's load, so one run can be an outlier. */
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Largest contentful paint, in ms, for the pages most visitors land on. */
const LCP_TARGETS: Record<string, number> = {
  '/': 800,
  '/conclusies/poetin-wil-verder-vechten/': 800,
  '/vergelijking/': 800,
  '/briefing/': 800,
};
const outDir = 'lighthouse-reports';
const dist = process.env.OUT_DIR ?? 'dist';
const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf-8');
/** The share pages (`/citaat/<id>/`, `/onderwerp/<id>/`), which the sitemap leaves out (docs/architecture.md). */
const sharePages = ['citaat', 'onderwerp'].flatMap((folder) =>
  existsSync(path.join(dist, folder)) ? readdirSync(path.join(dist, folder)).map((id) => `/${folder}/${id}/`) : [],
);
/** LIGHTHOUSE_PAGES (comma-separated paths) narrows the run down. */
const pages = process.env.LIGHTHOUSE_PAGES?.split(',') ?? [
  ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  ...sharePages,
];

const server = await startPreview(port);
const { base } = server;
const chromePath = chromiumPath();
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const rows: string[][] = [];
const misses: string[] = [];
try {
  mkdirSync(outDir, { recursive: true });
  for (const page of pages) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${base}${page}`, {
        port: chrome.port,
        output: ['html', 'json'],
        onlyCategories: [...categories],
        logLevel: 'error',
      });
      if (!result) throw new Error(`lighthouse: no result for ${page}`);
      results.push(result);
    }
    const median = computeMedianRun(results.map((r) => r.lhr));
    const result = results.find((r) => r.lhr === median)!;
    const name = page === '/' ? 'home' : page.replace(/^\/|\/$/g, '').replace(/\//g, '-');
    const [html, json] = result.report as string[];
    writeFileSync(`${outDir}/${name}.html`, html ?? '');
    writeFileSync(`${outDir}/${name}.json`, json ?? '');
    const scores = categories.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
    const ms = (audit: string) => Math.round(result.lhr.audits[audit]?.numericValue ?? NaN);
    const lcp = ms('largest-contentful-paint');
    categories.forEach((c, i) => {
      if (scores[i] !== 100) misses.push(`${page}: ${c} ${scores[i]}`);
    });
    const target = LCP_TARGETS[page];
    if (target !== undefined && !(lcp <= target)) misses.push(`${page}: LCP ${lcp} ms > ${target} ms`);
    rows.push([page, ...scores.map(String), `${ms('first-contentful-paint')} ms`, `${lcp} ms`]);
  }
} finally {
  chrome.kill();
  server.stop();
}

const columns = [...categories, 'FCP', 'LCP'];
console.log(`| page | ${columns.join(' | ')} |\n|:--|${columns.map(() => '--:').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\nMedian of ${runs} run(s) per page. Reports: ${outDir}/`);
if (misses.length > 0) {
  console.error(`\nUnder target (${misses.length}):\n${misses.map((m) => `  - ${m}`).join('\n')}`);
  console.error('Lighthouse simulates a slow phone from timings on this machine: rerun on an idle machine before chasing a miss.');
  process.exit(1);
}
console.log('Every page scores 100 in all four categories; largest contentful paint within target.');

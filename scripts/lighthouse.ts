/**
 * `npm run lighthouse` (not part of `npm test`: it is slow). Builds nothing: run `npm run build`
 * first. Serves dist/ with `astro preview` and runs Lighthouse (mobile settings) on every page of
 * the sitemap and every share page, which the sitemap leaves out (or the pages in LIGHTHOUSE_PAGES,
 * comma-separated), in the Chromium it finds, twice over:
 *
 * - **applied** throttling (`throttlingMethod: 'devtools'`): the page really loads over a slowed
 *   network and CPU. This is what readers get, and what the targets are measured on.
 * - **simulated** throttling (Lighthouse's default): a model of a slow phone computed from an
 *   unthrottled load. Reported beside, for comparison; it counts every request that ends before
 *   the largest paint, whether it blocks the paint or not (docs/quality.md).
 *
 * First it measures a floor: a bare page (one heading, one sentence, nothing else) from a server of
 * its own, with applied throttling. No page can paint sooner on this machine at this moment, so the
 * distance between a page and the floor is what the site costs, and a miss that the floor shares
 * is the machine's.
 *
 * LIGHTHOUSE_RUNS runs per page and method (3 unless set); the median run is Lighthouse's own pick.
 * Writes the median runs' reports to lighthouse-reports/. Exits 1 when a page scores under 100 in
 * a category, or one of the pages in LCP_TARGETS paints its largest content later than its target,
 * with applied throttling.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { startPreview } from './preview-server.ts';
import { readBuiltSite } from './site-files.ts';
import { isSharePath } from '../src/lib/urls.ts';

/** Runs per page and method: timings follow this machine's load, so one run can be an outlier. */
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METHODS = { applied: 'devtools', simulated: 'simulate' } as const;
type Method = keyof typeof METHODS;
/** Largest contentful paint with applied throttling, in ms, for the pages most visitors land on. */
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
const sharePages = [...readBuiltSite(dist).pages.keys()].filter(isSharePath);
/** LIGHTHOUSE_PAGES (comma-separated paths) narrows the run down. */
const chosen = process.env.LIGHTHOUSE_PAGES?.split(',').map((page) => page.trim());
const pages = [...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname), ...sharePages].filter(
  (page) => !chosen || chosen.includes(page),
);

const server = await startPreview();
const { base } = server;
const chromePath = chromiumPath();
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

interface Measure {
  scores: number[];
  fcp: number;
  lcp: number;
}

/** The fastest paint possible here: what the throttled network and CPU cost before any of the site's own work. */
const FLOOR_PAGE =
  '<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<title>Ondergrens</title></head><body><h1>Vijf conclusies van Knack over het gesprek Trump–Poetin</h1>' +
  '<p>Ondanks de hooggespannen verwachtingen leverde het telefoongesprek geen doorbraak op.</p></body></html>';

async function measureFloor(): Promise<Measure> {
  const floorServer = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(FLOOR_PAGE);
  });
  await new Promise<void>((resolve) => floorServer.listen(0, '127.0.0.1', resolve));
  try {
    return await measure(`http://127.0.0.1:${(floorServer.address() as AddressInfo).port}/`, 'floor', 'applied');
  } finally {
    floorServer.close();
  }
}

async function measure(url: string, name: string, method: Method): Promise<Measure> {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: ['html', 'json'], onlyCategories: [...categories], logLevel: 'error' },
      { extends: 'lighthouse:default', settings: { throttlingMethod: METHODS[method] } },
    );
    if (!result) throw new Error(`lighthouse: no result for ${url}`);
    results.push(result);
  }
  const median = computeMedianRun(results.map((r) => r.lhr));
  const result = results.find((r) => r.lhr === median)!;
  const [html, json] = result.report as string[];
  writeFileSync(`${outDir}/${name}-${method}.html`, html ?? '');
  writeFileSync(`${outDir}/${name}-${method}.json`, json ?? '');
  const ms = (audit: string) => Math.round(result.lhr.audits[audit]?.numericValue ?? NaN);
  return {
    scores: categories.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100)),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
  };
}

const reportName = (page: string) => (page === '/' ? 'home' : page.replace(/^\/|\/$/g, '').replace(/\//g, '-'));

const rows: string[][] = [];
const misses: string[] = [];
let floor: Measure;
try {
  mkdirSync(outDir, { recursive: true });
  floor = await measureFloor();
  for (const page of pages) {
    const applied = await measure(`${base}${page}`, reportName(page), 'applied');
    const simulated = await measure(`${base}${page}`, reportName(page), 'simulated');
    categories.forEach((c, i) => {
      if (applied.scores[i] !== 100) misses.push(`${page}: ${c} ${applied.scores[i]} (applied throttling)`);
    });
    const target = LCP_TARGETS[page];
    if (target !== undefined && !(applied.lcp <= target)) misses.push(`${page}: LCP ${applied.lcp} ms > ${target} ms (applied throttling)`);
    rows.push([
      page,
      ...applied.scores.map(String),
      `${applied.fcp} ms`,
      `${applied.lcp} ms`,
      simulated.scores.join('/'),
      `${simulated.fcp} ms`,
      `${simulated.lcp} ms`,
    ]);
  }
} finally {
  chrome.kill();
  await server.stop();
}

const columns = [...categories, 'FCP', 'LCP', 'simulated: scores', 'simulated FCP', 'simulated LCP'];
console.log(`| page | ${columns.join(' | ')} |\n|:--|${columns.map(() => '--:').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\nApplied throttling (what a reader on a slow phone gets), with Lighthouse's simulation beside it.`);
console.log(`Floor: a bare page (one heading, one sentence) paints at ${floor.lcp} ms with applied throttling on this machine now.`);
console.log(`Median of ${runs} run(s) per page and method. Reports: ${outDir}/`);
if (misses.length > 0) {
  console.error(`\nUnder target (${misses.length}):\n${misses.map((m) => `  - ${m}`).join('\n')}`);
  console.error('Timings follow this machine: rerun on an idle machine before chasing a miss.');
  process.exit(1);
}
console.log('Every page scores 100 in all four categories; largest contentful paint within target (applied throttling).');

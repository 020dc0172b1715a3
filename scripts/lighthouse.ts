/**
 * `npm run lighthouse` (not part of `npm test`: it is slow). Builds nothing: run `npm run build`
 * first. Serves dist/ with `astro preview`, runs Lighthouse (mobile settings) on four pages in
 * the Chromium it finds, writes HTML and JSON reports to lighthouse-reports/ and prints the scores.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { startPreview } from './preview-server.ts';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 4488);
const pages = ['/', '/conclusies/poetin-wil-verder-vechten/', '/vergelijking/', '/briefing/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const outDir = 'lighthouse-reports';

const server = await startPreview(port);
const { base } = server;
const chromePath = chromiumPath();
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const rows: string[][] = [];
try {
  mkdirSync(outDir, { recursive: true });
  for (const page of pages) {
    const result = await lighthouse(`${base}${page}`, {
      port: chrome.port,
      output: ['html', 'json'],
      onlyCategories: [...categories],
      logLevel: 'error',
    });
    if (!result) throw new Error(`lighthouse: no result for ${page}`);
    const name = page === '/' ? 'home' : page.replace(/^\/|\/$/g, '').replace(/\//g, '-');
    const [html, json] = result.report as string[];
    writeFileSync(`${outDir}/${name}.html`, html ?? '');
    writeFileSync(`${outDir}/${name}.json`, json ?? '');
    rows.push([page, ...categories.map((c) => String(Math.round((result.lhr.categories[c]?.score ?? 0) * 100)))]);
  }
} finally {
  chrome.kill();
  server.stop();
}

console.log(`| page | ${categories.join(' | ')} |\n|:--|${categories.map(() => '--:').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\nReports: ${outDir}/`);

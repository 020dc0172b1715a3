/**
 * `npm run screenshots`: full-page screenshots of the main pages at 320, 390, 768 and 1280 px,
 * light and dark, into screenshots/ (git-ignored), to look at before calling a page done.
 * Serves the current build (run `npm run build` first) with `astro preview`.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { startPreview } from './preview-server.ts';

const pages = (process.env.PAGES ?? '/,/conclusies/poetin-wil-oekraine-militair-verder-verzwakken/,/vergelijking/,/briefing/').split(',');
const widths = (process.env.WIDTHS ?? '320,390,768,1280').split(',').map(Number);

const server = await startPreview();
const { base } = server;
const executablePath = chromiumPath();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  mkdirSync('screenshots', { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const path of pages) {
        await page.goto(`${base}${path}`);
        const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/\//g, '-');
        await page.screenshot({ path: `screenshots/${name}-${width}-${colorScheme}.png`, fullPage: true });
      }
      await page.close();
    }
  }
  console.log(`screenshots/: ${pages.length * widths.length * 2} files`);
} finally {
  await browser.close();
  await server.stop();
}

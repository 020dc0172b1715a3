/**
 * Paint after one round trip: every page carries its screen CSS inline, so the browser paints from
 * the HTML alone. Nothing it fetches holds the paint back: the print stylesheet is linked for
 * print (there from the first byte, so any print gets it), the enhancement script is deferred, and
 * paper's three faces load beside them; the icon is a data: URI. Long blocks below the fold are
 * left out of the first paint and laid out right after it. Sizes are the budget script's job
 * (scripts/page-budget.ts).
 */
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { enhanced, printStylesheetLoaded, templatePaths } from './helpers.ts';

/** The page's own resources that Chromium marked as render-blocking. */
const renderBlocking = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
      .map((entry) => entry.name),
  );

/** The paths of every request the page made besides the document. */
const requestPaths = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));

/** Serves `path` with `edit` applied to its HTML. */
async function serveEdited(page: Page, path: string, edit: (html: string) => string): Promise<void> {
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: edit(await response.text()) });
  });
}

const printStylesheetHref = (html: string) => /<link rel="stylesheet" href="([^"]+)" media="print">/.exec(html)?.[1] ?? '';

test.describe('first paint from the HTML alone', () => {
  // The template decides what a page loads; npm run budget checks every page's HTML for the same.
  for (const pagePath of templatePaths()) {
    test(`${pagePath}: fetches only the print stylesheet, paper's faces and the deferred enhancements, none render-blocking; styled with every other request refused`, async ({
      page,
    }) => {
      await page.goto(pagePath);
      await enhanced(page);
      await page.evaluate(() => document.fonts.ready);
      expect((await requestPaths(page)).sort()).toEqual([
        expect.stringMatching(/^\/_astro\/enhance-[\w-]+\.js$/),
        expect.stringMatching(/^\/_astro\/print\.[\w-]+\.css$/),
        expect.stringMatching(/^\/_astro\/source-serif-4-latin-400-italic\.[\w-]+\.woff2$/),
        expect.stringMatching(/^\/_astro\/source-serif-4-latin-400-normal\.[\w-]+\.woff2$/),
        expect.stringMatching(/^\/_astro\/source-serif-4-latin-600-normal\.[\w-]+\.woff2$/),
      ]);
      expect(await renderBlocking(page)).toEqual([]);

      await page.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()));
      await page.reload();
      const styles = await page.evaluate(() => {
        const header = document.querySelector('header');
        return {
          bodyFont: getComputedStyle(document.body).fontFamily,
          headerBorder: header ? getComputedStyle(header).borderBottomStyle : '',
        };
      });
      expect(styles.bodyFont).toContain('Charter');
      expect(styles.headerBorder).toBe('solid');
    });
  }

  test('the check sees a render-blocking stylesheet (the print stylesheet linked for every medium)', async ({ page }) => {
    // Its own address (a query added): the page's media="print" link already fetches the sheet itself.
    await serveEdited(page, '/', (html) =>
      html.replace('</head>', `<link rel="stylesheet" href="${printStylesheetHref(html)}?every-medium"></head>`),
    );
    await page.goto('/');
    await page.waitForLoadState('load');
    expect(await renderBlocking(page)).toEqual([expect.stringMatching(/\/_astro\/print\.[\w-]+\.css\?every-medium$/)]);
  });
});

test('long blocks are skipped by the first paint, then laid out one by one without the reader scrolling', async ({ page }) => {
  await page.goto('/');
  await enhanced(page);
  const blocks = page.locator('.render-when-visible');
  expect(await blocks.count(), 'blocks rendered on demand on /').toBeGreaterThanOrEqual(5);
  const notRendered = () => blocks.evaluateAll((els) => els.filter((el) => getComputedStyle(el).contentVisibility !== 'visible').length);
  await expect.poll(notRendered, { message: 'every block laid out after the paint' }).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('long blocks render as they near the viewport on screen, and all of them on paper', async ({ page }) => {
    await page.goto('/briefing/');
    const states = () =>
      page.locator('.render-when-visible').evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).contentVisibility))]);
    expect(await states()).toEqual(['auto']);
    await page.emulateMedia({ media: 'print' });
    expect(await states()).toEqual(['visible']);
  });

  test('the print stylesheet still loads, and blocks nothing', async ({ page }) => {
    await page.goto('/briefing/');
    await page.waitForLoadState('load');
    await printStylesheetLoaded(page);
    expect(await renderBlocking(page)).toEqual([]);
  });
});

/**
 * Paint after one round trip: every page carries its screen CSS inline, so the browser can paint
 * from the HTML alone. What else a page loads (print stylesheet, enhancement script, icon) must
 * not hold the first paint back. Sizes are the budget script's job (scripts/page-budget.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { allPaths } from './helpers.ts';

/** The page's own resources that Chromium marked as render-blocking. */
const renderBlocking = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
      .map((entry) => entry.name),
  );

test.describe('first paint from the HTML alone', () => {
  for (const pagePath of allPaths()) {
    test(`${pagePath}: nothing render-blocking, and styled with every other request refused`, async ({ page }) => {
      await page.goto(pagePath);
      await page.waitForLoadState('load');
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
    await page.route('**/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/(<link rel="stylesheet" href="[^"]+") media="print"/, '$1');
      await route.fulfill({ response, body: html });
    });
    await page.goto('/');
    await page.waitForLoadState('load');
    expect(await renderBlocking(page)).toEqual([expect.stringMatching(/\/_astro\/print\.[\w-]+\.css$/)]);
  });
});

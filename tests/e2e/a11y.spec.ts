/**
 * axe (WCAG 2.0–2.2, A and AA) on one page of each template, 404 page included, and on every share
 * page: each page loaded once and checked at a desktop's width and a phone's, every rule in the
 * light colour scheme and in the dark one the rules that colours decide (`axe()`, helpers.ts).
 */
import { expect, test } from '@playwright/test';
import { isSharePath } from '../../src/lib/urls.ts';
import { quoteSharePaths, topicSharePaths } from '../built-pages.ts';
import { NOT_FOUND_PATH, axe, templatePaths } from './helpers.ts';

for (const path of templatePaths().filter((pathname) => !isSharePath(pathname))) {
  test(`axe: ${path} has no violations at desktop and phone width, in light and dark mode`, async ({ page }) => {
    // axe on the longest pages (/, /vergelijking/, /briefing/) can pass 30 s on a loaded two-core machine.
    test.slow();
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === NOT_FOUND_PATH ? 404 : 200);
    for (const [where, { count, report }] of Object.entries(await axe(page))) {
      expect.soft(count, `${where}: ${report}`).toBe(0);
    }
  });
}

// The share pages are small and many (38, from two templates), so a batch of them shares one
// browser page: a navigation and one copy of axe per page, not a test each. Batches of at most
// BATCH pages spread the work over both workers and keep each test within its time on a loaded
// machine. Every failure names its page.
const BATCH = 8;
for (const [kind, paths] of [
  ['citaat', quoteSharePaths()],
  ['onderwerp', topicSharePaths()],
] as const) {
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH);
    test(`axe: /${kind}/ share pages ${start + 1}–${start + batch.length} of ${paths.length} have no violations at desktop and phone width, in light and dark mode`, async ({
      page,
    }) => {
      test.slow();
      for (const path of batch) {
        const response = await page.goto(path);
        expect.soft(response?.status(), `HTTP status of ${path}`).toBe(200);
        for (const [where, { count, report }] of Object.entries(await axe(page))) {
          expect.soft(count, `${path}, ${where}: ${report}`).toBe(0);
        }
      }
    });
  }
}

test('dark mode follows the system setting', async ({ page }) => {
  const background = async (colorScheme: 'light' | 'dark') => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    return page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { background: style.backgroundColor, color: style.color };
    });
  };
  const light = await background('light');
  const dark = await background('dark');
  expect(light.background, 'body has a background colour of its own').not.toBe('rgba(0, 0, 0, 0)');
  expect(dark.background, 'body background changes with the system colour scheme').not.toBe(light.background);
  expect(dark.color, 'body text colour changes with the system colour scheme').not.toBe(light.color);
});

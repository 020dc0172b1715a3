/**
 * axe (WCAG 2.0–2.2, A and AA) on every page, 404 page included, in the light and the dark
 * colour scheme; at phone width too (tagged @width: the mobile project runs it) on one page of
 * each template.
 */
import { expect, test } from '@playwright/test';
import { NOT_FOUND_PATH, allPaths, axe } from './helpers.ts';

/** The first segment of a path names its template: '', 'conclusies', 'citaat', 'bestaat-niet'… */
const template = (path: string) => path.split('/')[1] ?? '';
const paths = allPaths();
/** One page of each template, for the phone width: the five takeaway pages differ in content, not layout. */
const firstOfTemplate = new Set(paths.filter((path, index) => paths.findIndex((other) => template(other) === template(path)) === index));

for (const path of paths) {
  test(`axe: ${path} has no violations in light and dark mode`, { tag: firstOfTemplate.has(path) ? '@width' : [] }, async ({ page }) => {
    // Two full axe runs on the longest pages (/, /vergelijking/, /briefing/, with every cell's
    // point links) take close to 30 s on a two-core machine running two workers.
    test.slow();
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === NOT_FOUND_PATH ? 404 : 200);
    // The colour scheme switches live (CSS media query), so one load serves both runs.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      const { count, report } = await axe(page);
      expect.soft(count, `${colorScheme} mode: ${report}`).toBe(0);
    }
  });
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

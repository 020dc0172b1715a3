/**
 * axe (WCAG 2.0–2.2, A and AA) on one page of each template, 404 page included, at desktop and
 * phone width (tagged @width: the mobile project runs it too): every rule in the light colour
 * scheme, and in the dark one the rules that colours decide.
 */
import { expect, test } from '@playwright/test';
import { NOT_FOUND_PATH, axe, templatePaths } from './helpers.ts';

for (const path of templatePaths()) {
  test(`axe: ${path} has no violations in light and dark mode`, { tag: '@width' }, async ({ page }) => {
    // axe on the longest pages (/, /vergelijking/, /briefing/, with every cell's point links)
    // takes up to 17 s on a two-core machine running two workers.
    test.slow();
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === NOT_FOUND_PATH ? 404 : 200);
    // The colour scheme switches live (CSS media query), so one load serves both runs.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      const { count, report } = await axe(page, colorScheme === 'light' ? 'all' : 'colour');
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

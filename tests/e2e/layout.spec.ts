/**
 * Reading on any screen: no sideways scrolling at 320 px, touch targets as WCAG 2.2 asks
 * (2.5.8, checked by axe's own target-size rule at phone and desktop width), and the theme
 * following the system setting.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPaths, renderEverything } from './helpers.ts';

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  for (const pagePath of allPaths()) {
    test(`${pagePath} does not scroll sideways, as loaded or with every block rendered`, async ({ page }) => {
      await page.goto(pagePath);
      const measure = () =>
        page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          culprits: [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && el.checkVisibility())
            .slice(0, 5)
            .map((el) => el.outerHTML.slice(0, 100)),
        }));
      for (const state of ['as loaded', 'every block rendered']) {
        if (state === 'every block rendered') await renderEverything(page);
        const { scrollWidth, clientWidth, culprits } = await measure();
        expect(scrollWidth, `${state}, wider than the screen: ${culprits.join('\n')}`).toBeLessThanOrEqual(clientWidth);
      }
    });
  }
});

for (const width of [320, 1280]) {
  test.describe(`touch targets at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const pagePath of allPaths()) {
      test(`${pagePath}: every link and button is 24×24 px or spaced as WCAG 2.5.8 allows`, async ({ page }) => {
        await page.goto(pagePath);
        await renderEverything(page);
        const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
        const violations = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`));
        expect(violations).toEqual([]);
        // The rule really looked at this page's targets.
        expect(results.passes.flatMap((p) => p.nodes).length + results.incomplete.flatMap((p) => p.nodes).length).toBeGreaterThan(3);
      });
    }
  });
}

/**
 * Reading on the narrowest screen, 320 px: no sideways scrolling, and touch targets as WCAG 2.2
 * asks (2.5.8, axe's own target-size rule). At a phone's 412 px and a desktop's 1280 px the
 * target-size rule runs with the rest of axe in a11y.spec.ts.
 */
import { expect, test } from './fixtures.ts';
import { allPaths, renderEverything, runAxe } from './helpers.ts';

test.use({ viewport: { width: 320, height: 720 } });

for (const pagePath of allPaths()) {
  test(`${pagePath} at 320 px: no sideways scrolling, as loaded or with every block rendered; touch targets 24×24 px or spaced`, async ({
    page,
  }) => {
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

    const results = await runAxe(page, { runOnly: { type: 'rule', values: ['target-size'] } });
    const violations = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`));
    expect(violations, 'touch targets').toEqual([]);
    // The rule really looked at this page's targets.
    expect(results.passes.flatMap((p) => p.nodes).length + results.incomplete.flatMap((p) => p.nodes).length).toBeGreaterThan(3);
  });
}

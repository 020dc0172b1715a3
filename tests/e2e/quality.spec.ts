/**
 * Security and robustness in the browser: a CSP violation shows as the console error the page
 * checks catch, the generated _headers carries the pages' policy, every page reads and navigates
 * without JavaScript, and the keyboard reaches everything with a visible focus.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { takeaways, topics } from '../content.ts';
import { expect, fetchHtml, test } from './fixtures.ts';
import { OUT_DIR, enhanced, everyPublishedPath, normalize, pagePaths, watchProblems } from './helpers.ts';

test.describe('Content-Security-Policy', () => {
  // Every page loads without a console error (pages.spec.ts), and Chromium reports each CSP
  // violation as one: shown here, so a clean page there means a page without violations.
  test('a CSP violation is a console error, which the page checks catch (an injected inline script is blocked)', async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
    });
    await expect
      .poll(() => problems.list())
      .toEqual([expect.stringMatching(/^console\.error: .*Content Security Policy directive 'script-src/)]);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });

  // The policy and the attributes below are markup: read as the server sends it, with no browser.
  test('every page has the policy, without unsafe-inline, with only the hashes it uses, and _headers allows the same', async ({
    request,
  }) => {
    const headers = readFileSync(path.join(OUT_DIR, '_headers'), 'utf-8');
    const headerPolicy = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    expect(headerPolicy).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(headers).toContain('Permissions-Policy:');
    const directives = (policy: string) =>
      new Map(
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...sources]) => [name!, sources]),
      );
    const header = directives(headerPolicy);
    for (const pagePath of everyPublishedPath()) {
      const html = await fetchHtml(request, pagePath);
      const meta = directives(html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
      expect(meta.size, pagePath).toBeGreaterThan(0);
      for (const name of ['script-src', 'style-src']) expect(meta.get(name), `${pagePath}: ${name}`).not.toContain("'unsafe-inline'");
      const hashes = (name: string) => (meta.get(name) ?? []).filter((s) => s.startsWith("'sha"));
      const inlineStyles = new Set(html.querySelectorAll('style').map((s) => s.rawText)).size;
      const inlineScripts = html.querySelectorAll('script:not([src])').filter((s) => !/json/.test(s.getAttribute('type') ?? '')).length;
      expect(hashes('style-src'), pagePath).toHaveLength(inlineStyles);
      expect(hashes('script-src'), pagePath).toHaveLength(inlineScripts);
      for (const [name, sources] of meta) {
        for (const source of sources) expect(header.get(name), `${pagePath}: ${name} ${source}`).toContain(source);
      }
    }
  });

  test('no inline event handlers and external links open safely', async ({ request, baseURL }) => {
    for (const pagePath of everyPublishedPath()) {
      const html = await fetchHtml(request, pagePath);
      const handlers = html.querySelectorAll('*').flatMap((el) =>
        Object.keys(el.attributes)
          .filter((n) => n.toLowerCase().startsWith('on'))
          .map((n) => `${el.tagName}[${n}]`),
      );
      expect(handlers, pagePath).toEqual([]);
      // Links to other hosts need rel="noopener noreferrer"; our own canonical host (copy links) does not.
      const own = [
        new URL(baseURL!).origin,
        new URL(html.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '/', baseURL).origin,
      ];
      const unsafe = html
        .querySelectorAll('a[href^="http"]')
        .filter((a) => !own.includes(new URL(a.getAttribute('href')!).origin))
        .filter((a) => !/\bnoopener\b/.test(a.getAttribute('rel') ?? '') || !/\bnoreferrer\b/.test(a.getAttribute('rel') ?? ''))
        .map((a) => a.getAttribute('href'));
      expect(unsafe, pagePath).toEqual([]);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page shows its text, navigation and comparison rows', async ({ page }) => {
    test.slow(); // every page in one test, the share pages too
    const rowsPerPage: Record<string, string[]> = { '/vergelijking/': topics().map((t) => t.id) };
    for (const t of takeaways())
      rowsPerPage[`/conclusies/${t.slug}/`] = topics()
        .filter((topic) => topic.takeaways.includes(t.slug))
        .map((topic) => topic.id);
    for (const pagePath of pagePaths()) {
      await page.goto(pagePath);
      const main = normalize(await page.locator('main').innerText());
      expect(main.length, pagePath).toBeGreaterThan(200);
      await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link')).toHaveCount(4);
      for (const id of rowsPerPage[pagePath] ?? []) {
        await expect(page.locator(`tr#onderwerp-${id}`), `${pagePath} row ${id}`).toBeVisible();
      }
    }
  });
});

test.describe('keyboard', () => {
  test('the first Tab reaches the skip link, and Tab reaches every link and button with a visible, unclipped focus', async ({ page }) => {
    // Some 300 Tab stops (each comparison row has its "Kopieer link"): more than 30 s on a busy two-core machine.
    test.slow();
    for (const pagePath of ['/', pagePaths().find((p) => p.startsWith('/conclusies/'))!, '/vergelijking/', '/briefing/', '/bronnen/']) {
      await page.goto(pagePath);
      await enhanced(page); // the Print button shows only then
      const focusable = await page
        .locator('a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])')
        .evaluateAll((els) => els.filter((el) => el.checkVisibility() || el.matches('a[href="#inhoud"]')).length);
      // The page records each element as focus first reaches it, so the Tab presses need no round
      // trip each to look at the focused element.
      await page.evaluate(() => {
        const stops: { visible: boolean; clippedBy: string; opacity: string; label: string; href: string | null }[] = [];
        (window as unknown as { tabStops: typeof stops }).tabStops = stops;
        document.addEventListener('focusin', (event) => {
          const el = event.target as HTMLElement;
          if (el.dataset['tabSeen']) return; // around again
          el.dataset['tabSeen'] = 'yes';
          const style = getComputedStyle(el);
          const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          // A block rendered on demand clips what it paints to its edges plus its overflow-clip-margin:
          // the focus ring (outline and offset around the element) must fit inside.
          const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
          const box = el.getBoundingClientRect();
          let clippedBy = '';
          for (let block = el.parentElement; block; block = block.parentElement) {
            const blockStyle = getComputedStyle(block);
            if (blockStyle.contentVisibility !== 'auto' && !/paint|strict|content/.test(blockStyle.contain)) continue;
            const margin = parseFloat(blockStyle.overflowClipMargin.replace(/^[a-z-]+\s*/, '')) || 0;
            const edge = block.getBoundingClientRect();
            const inside =
              box.left - ring >= edge.left - margin - 0.5 &&
              box.right + ring <= edge.right + margin + 0.5 &&
              box.top - ring >= edge.top - margin - 0.5 &&
              box.bottom + ring <= edge.bottom + margin + 0.5;
            if (!inside) clippedBy = block.outerHTML.slice(0, 80);
          }
          stops.push({ visible, clippedBy, opacity: style.opacity, label: el.outerHTML.slice(0, 120), href: el.getAttribute('href') });
        });
      });
      // Past the last stop focus leaves the page and comes round again; a few presses more show
      // that nothing else can be reached. The presses go to Chromium as Playwright's do (CDP key
      // events), but all at once: the browser handles them in order, without a round trip each.
      const cdp = await page.context().newCDPSession(page);
      const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
      await Promise.all(
        Array.from({ length: focusable + 3 }, () => [
          cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }),
          cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }),
        ]).flat(),
      );
      await cdp.detach();
      const stops = await page.evaluate(
        () =>
          (
            window as unknown as {
              tabStops: { visible: boolean; clippedBy: string; opacity: string; label: string; href: string | null }[];
            }
          ).tabStops,
      );
      expect(stops[0]?.href, `${pagePath}: the first Tab reaches`).toBe('#inhoud');
      for (const stop of stops) {
        expect(stop.visible, `${pagePath}: no visible focus on ${stop.label}`).toBe(true);
        expect(stop.clippedBy, `${pagePath}: focus ring of ${stop.label} clipped by`).toBe('');
        expect(Number(stop.opacity), `${pagePath}: focused element is transparent: ${stop.label}`).toBeGreaterThan(0.5);
      }
      expect(stops.length, `${pagePath}: Tab stops`).toBe(focusable);
    }
  });
});

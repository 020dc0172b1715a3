/**
 * Shared helpers for the browser tests: which pages exist (from the built sitemap), console and
 * network watching, and axe. What the content says comes from ../content.ts.
 */
import axeCore from 'axe-core';
import { devices, type Page, type Request, type Response } from '@playwright/test';
import { normalizeWhitespace } from '../../src/lib/text.ts';
import { AXE_COLOUR_RULES, AXE_SOURCE, AXE_TAGS } from '../axe-rules.ts';

export { NOT_FOUND_PATH, OUT_DIR, allPaths, everyPublishedPath, pagePaths, sitemapPaths, templatePaths } from '../built-pages.ts';

// ---------------------------------------------------------------------------------------------
// The enhancement script (BaseLayout.astro), deferred

/** Waits until the enhancement script has run: before that a click on "Kopieer link" just follows the link. */
export async function enhanced(page: Page): Promise<void> {
  await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
}

/**
 * Lays out every block the page renders on demand (`render-when-visible`, content-visibility:
 * auto) as if the reader had scrolled past it: checks of layout and rendered text (axe, touch
 * targets, innerText) otherwise see the placeholders of blocks far below the fold. A constructed
 * stylesheet, which the page's Content-Security-Policy allows.
 */
export async function renderEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.render-when-visible { content-visibility: visible !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

/** Waits until the print stylesheet has loaded, as it must before anything is printed or emulated in print. */
export async function printStylesheetLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.styleSheets].some((sheet) => sheet.media.mediaText === 'print' && sheet.cssRules.length > 0),
  );
}

// ---------------------------------------------------------------------------------------------
// Text helpers (the content itself is read in ../content.ts)

/** A page's text with whitespace collapsed, as the site does when it compares quotes. */
export const normalize = (text: string | null | undefined): string => normalizeWhitespace(text ?? '');

/** An attribute selector for an id: safe for any id, unlike `#id`. */
export const byId = (id: string): string => `[id="${id.replace(/["\\]/g, '\\$&')}"]`;

// ---------------------------------------------------------------------------------------------
// Console and network

export interface PageProblems {
  /** Console errors and warnings, uncaught exceptions, failed and >= 400 requests. */
  list(): string[];
}

/**
 * Starts recording everything that goes wrong on `page`: console errors and warnings, uncaught
 * exceptions, requests that failed outright and responses with status >= 400. Call before
 * `page.goto`. `expectedStatus` lets one URL (the 404 page itself) answer with its own status;
 * the console message Chromium logs for that document is then expected too.
 */
export function watchProblems(page: Page, options: { expectedStatus?: { path: string; status: number } } = {}): PageProblems {
  const problems: string[] = [];
  const expected = options.expectedStatus;
  const isExpected = (response: Response) => {
    if (!expected) return false;
    const url = new URL(response.url());
    return url.pathname === expected.path && response.status() === expected.status && response.request().isNavigationRequest();
  };
  let expectedLoadErrors = 0;

  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = message.text();
    const location = message.location();
    // Chromium logs a failed load of the main document; allowed once per expected response.
    if (
      expectedLoadErrors > 0 &&
      type === 'error' &&
      text.startsWith(`Failed to load resource: the server responded with a status of ${expected?.status}`) &&
      (!location.url || new URL(location.url).pathname === expected?.path)
    ) {
      expectedLoadErrors -= 1;
      return;
    }
    problems.push(`console.${type}: ${text}${location.url ? ` (${location.url}:${location.lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request: Request) => {
    problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
  });
  page.on('response', (response) => {
    if (response.status() < 400) return;
    if (isExpected(response)) {
      expectedLoadErrors += 1;
      return;
    }
    problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });

  return { list: () => [...problems] };
}

// ---------------------------------------------------------------------------------------------
// Accessibility

/** Runs axe in the page as loaded, injecting it once per load. */
export async function runAxe(page: Page, options: axeCore.RunOptions): Promise<axeCore.AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (runOptions) => (window as unknown as { axe: typeof axeCore }).axe.run(document, runOptions), options);
}

export interface AxeResult {
  count: number;
  /** One block per rule: id, impact, help and the selector of each failing node, why it fails. */
  report: string;
}

/** The two colour schemes axe checks, and the rules each runs: all of WCAG A/AA in light, in dark the ones colours decide. */
const AXE_RUNS = [
  { colorScheme: 'light', runOnly: { type: 'tag', values: AXE_TAGS } },
  { colorScheme: 'dark', runOnly: { type: 'rule', values: AXE_COLOUR_RULES } },
] as const satisfies readonly { colorScheme: 'light' | 'dark'; runOnly: axeCore.RunOptions['runOnly'] }[];

/** The widths axe checks a page at: a desktop's, then a phone's (a Pixel 7's). */
const AXE_VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: devices['Pixel 7'].viewport },
] as const;

/**
 * Runs axe on the page as loaded, every block rendered, at a desktop's width and then a phone's,
 * each in the light colour scheme (every WCAG 2.0–2.2 A/AA rule) and then the dark one (the rules
 * colours decide; the markup is the same in both). Width and scheme change live (CSS media
 * queries; no script on the site reads either), so one load and one copy of axe serve all four.
 * axe-core itself, not AxeBuilder: that injects axe again on every call and opens a blank page
 * for each result, about 1 s a call. Results are keyed "desktop, light" and so on.
 */
export async function axe(page: Page): Promise<Record<string, AxeResult>> {
  await renderEverything(page);
  const results: Record<string, AxeResult> = {};
  for (const { name, viewport } of AXE_VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const { colorScheme, runOnly } of AXE_RUNS) {
      await page.emulateMedia({ colorScheme });
      const state = await page.evaluate(() => ({ dark: matchMedia('(prefers-color-scheme: dark)').matches, width: innerWidth }));
      if (state.dark !== (colorScheme === 'dark')) throw new Error(`the page did not switch to the ${colorScheme} colour scheme`);
      if (state.width !== viewport.width) throw new Error(`the page is ${state.width}px wide, not ${viewport.width}px`);
      // Only violations are reported, so axe need not collect every node that passed.
      const { violations } = await runAxe(page, { runOnly, resultTypes: ['violations'] });
      results[`${name}, ${colorScheme}`] = axeReport(
        violations,
        `axe violations on ${page.url()} at ${name} width in the ${colorScheme} colour scheme`,
      );
    }
  }
  return results;
}

function axeReport(violations: axeCore.Result[], heading: string): AxeResult {
  const report = violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const why = node.failureSummary ? `\n      ${node.failureSummary.replace(/\n/g, '\n      ')}` : '';
          return `    - ${node.target.map(String).join(' >>> ')}${why}`;
        })
        .join('\n');
      return `  ${violation.id} [${violation.impact ?? 'n/a'}]: ${violation.help} (${violation.helpUrl})\n${nodes}`;
    })
    .join('\n');
  return { count: violations.length, report: violations.length ? `${heading}:\n${report}` : '' };
}

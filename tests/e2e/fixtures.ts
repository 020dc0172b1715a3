/**
 * Shared pieces of the browser specs that helpers.ts does not hold: a `test` whose tests share one
 * browser context per worker, and reading a page as a crawler does (one request, its HTML parsed,
 * no browser), for checks of the markup alone.
 */
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * Playwright's `test`, its tests reusing one context and page per worker (Playwright's reuseContext):
 * a new context and page cost about 0.5 s of CPU per test. Between tests Playwright resets what a
 * test may change (the page goes to about:blank; storage, cache, routes, init scripts, emulated
 * media and viewport are reset); a test that asks for other context options, such as JavaScript
 * off or clipboard permissions, gets a fresh context of its own. After a failure the worker restarts.
 */
export const test = base.extend({ reuseContext: [true, { scope: 'worker' }] });
export { expect };

/** The page as the server sends it, parsed; fails unless it answers 200. */
export async function fetchHtml(request: APIRequestContext, pagePath: string): Promise<HTMLElement> {
  const response = await request.get(pagePath);
  expect(response.status(), `HTTP status of ${pagePath}`).toBe(200);
  return parse(await response.text());
}

/**
 * Shared pieces of the browser specs that helpers.ts does not hold: reading a page as a crawler
 * does (one request, its HTML parsed, no browser), for checks of the markup alone.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { quoteSharePath, topicSharePath } from '../../src/lib/urls.ts';
import { takeaways, topics } from '../content.ts';
import { sitemapPaths } from './helpers.ts';

/** The page as the server sends it, parsed; fails unless it answers 200. */
export async function fetchHtml(request: APIRequestContext, pagePath: string): Promise<HTMLElement> {
  const response = await request.get(pagePath);
  expect(response.status(), `HTTP status of ${pagePath}`).toBe(200);
  return parse(await response.text());
}

/** Every page the site publishes, each of the 38 share pages too: checks without a browser can afford them all. */
export function everyPublishedPath(): string[] {
  return [
    ...sitemapPaths(),
    ...takeaways().flatMap((t) => t.quotes.map((quote) => quoteSharePath(quote.id))),
    ...topics().map((topic) => topicSharePath(topic.id)),
  ];
}

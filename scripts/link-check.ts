/**
 * Link check over a built site: every internal href must point at an existing page or file,
 * and every #fragment at an existing id on that page. Also checks the committed list of
 * published URLs and anchors (tests/published-urls.json): what was once shared must keep working.
 */
import { parse } from 'node-html-parser';
import type { BuiltSite } from './site-files.ts';

export interface LinkProblem {
  page: string;
  href: string;
  problem: string;
}

export interface PublishedUrls {
  /** URL paths that must exist. */
  pages: string[];
  /** Per URL path, the ids (fragments) that must exist on it. */
  anchors: Record<string, string[]>;
}

/** The ids on every page, parsed once. */
function idsByPage(site: BuiltSite): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const [pagePath, html] of site.pages) {
    const ids = parse(html)
      .querySelectorAll('[id]')
      .map((el) => el.getAttribute('id') ?? '');
    result.set(pagePath, new Set(ids));
  }
  return result;
}

/** The page or file an internal URL path refers to, or undefined when nothing is there. */
function resolveTarget(site: BuiltSite, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  if (site.pages.has(decoded) || site.files.has(decoded)) return decoded;
  if (!decoded.endsWith('/') && site.pages.has(`${decoded}/`)) return `${decoded}/`;
  return undefined;
}

export function checkLinks(site: BuiltSite, siteOrigin = 'http://localhost'): LinkProblem[] {
  const ids = idsByPage(site);
  const problems: LinkProblem[] = [];
  for (const [pagePath, html] of site.pages) {
    for (const el of parse(html).querySelectorAll('a[href], link[href]')) {
      const href = el.getAttribute('href') ?? '';
      if (el.tagName === 'LINK' && !['stylesheet', 'icon', 'sitemap', 'preload', 'manifest'].includes(el.getAttribute('rel') ?? ''))
        continue;
      const url = new URL(href, new URL(pagePath, siteOrigin));
      if (url.origin !== new URL(siteOrigin).origin) continue;
      const target = resolveTarget(site, url.pathname);
      if (!target) {
        problems.push({ page: pagePath, href, problem: `no page or file at ${url.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !ids.get(target)?.has(fragment)) {
        problems.push({ page: pagePath, href, problem: `no element with id "${fragment}" on ${target}` });
      }
    }
  }
  return problems;
}

export function checkPublished(site: BuiltSite, published: PublishedUrls): LinkProblem[] {
  const ids = idsByPage(site);
  const problems: LinkProblem[] = [];
  for (const pagePath of published.pages) {
    if (!resolveTarget(site, pagePath)) problems.push({ page: pagePath, href: pagePath, problem: 'published URL no longer exists' });
  }
  for (const [pagePath, anchors] of Object.entries(published.anchors)) {
    for (const anchor of anchors) {
      if (!ids.get(pagePath)?.has(anchor))
        problems.push({ page: pagePath, href: `${pagePath}#${anchor}`, problem: 'published anchor no longer exists' });
    }
  }
  return problems;
}

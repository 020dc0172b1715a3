/**
 * Every URL, anchor and file path the site publishes is built here, so they stay stable and
 * consistent: pages, anchors, Open Graph images and the sitemap.
 */

export const takeawayPath = (slug: string): string => `/conclusies/${slug}/`;
export const shortTakeawayPath = (number: number): string => `/${number}/`;
export const quoteAnchor = (quoteId: string): string => `citaat-${quoteId}`;
export const quoteInTextAnchor = (quoteId: string): string => `tekst-${quoteId}`;
export const topicAnchor = (topicId: string): string => `onderwerp-${topicId}`;
/** A readout point or context fact on /bronnen/: `punt-kr-8`, `punt-na-1`. */
export const pointAnchor = (pointId: string): string => `punt-${pointId}`;
/** A paragraph of the article: `alinea-<takeaway>-<n>`, the lede is takeaway 0 (`alinea-0-1`). */
export const paragraphAnchor = (takeaway: number, paragraph: number): string => `alinea-${takeaway}-${paragraph}`;
/** A readout's list of points on /bronnen/: `verslag-kremlin`. */
export const readoutAnchor = (readoutId: string): string => `verslag-${readoutId}`;

export const paths = {
  home: '/',
  comparison: '/vergelijking/',
  briefing: '/briefing/',
  sources: '/bronnen/',
  sitemap: '/sitemap-index.xml',
} as const;

/** Where a point or fact is listed: `/bronnen/#punt-<id>`. */
export const pointPath = (pointId: string): string => `${paths.sources}#${pointAnchor(pointId)}`;
/** A readout's points on /bronnen/: `/bronnen/#verslag-<id>`. */
export const readoutPath = (readoutId: string): string => `${paths.sources}#${readoutAnchor(readoutId)}`;
/** A topic's row on the full comparison: `/vergelijking/#onderwerp-<id>`. */
export const topicPath = (topicId: string): string => `${paths.comparison}#${topicAnchor(topicId)}`;
/** A key quote on its takeaway's own page: `/conclusies/<slug>/#citaat-<id>`. */
export const quotePath = (slug: string, quoteId: string): string => `${takeawayPath(slug)}#${quoteAnchor(quoteId)}`;
/** Where a key quote's text stands in its takeaway: `/conclusies/<slug>/#tekst-<id>`. */
export const quoteInTextPath = (slug: string, quoteId: string): string => `${takeawayPath(slug)}#${quoteInTextAnchor(quoteId)}`;

/**
 * Share pages: a small page of its own for each key quote and each comparison topic, so that a
 * shared link unfurls with that piece's title, description and card (a `#fragment` never does).
 * The ids are the ones of the published anchors (`#citaat-<id>`, `#onderwerp-<id>`).
 */
export const quoteSharePath = (quoteId: string): string => `/citaat/${quoteId}/`;
export const topicSharePath = (topicId: string): string => `/onderwerp/${topicId}/`;
/** Whether a site path is a share page (they are left out of the sitemap: docs/architecture.md). */
export const isSharePath = (pathname: string): boolean => /^\/(citaat|onderwerp)\/[^/]+\/$/.test(pathname);

/** The name of the site's own Open Graph image, `/og/site.png` (a takeaway's is its slug). */
export const SITE_OG_IMAGE_NAME = 'site';
/** Site path of an Open Graph image: `/og/<name>.png`, the name a takeaway's slug or "site". */
export const ogImagePath = (name: string): string => `/og/${name}.png`;
/** A key quote's card: `/og/citaat/<id>.png`. */
export const quoteCardPath = (quoteId: string): string => `/og/citaat/${quoteId}.png`;
/** A comparison topic's card: `/og/onderwerp/<id>.png`. */
export const topicCardPath = (topicId: string): string => `/og/onderwerp/${topicId}.png`;

/** Absolute URL for a site path, e.g. for canonical links and Open Graph. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** A URL as printed on paper: no scheme, no trailing slash ("example.org/1"). */
export function printableUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** Every URL and anchor the site publishes is built here, so they stay stable and consistent. */

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
/** Where a point or fact is listed: `/bronnen/#punt-<id>`. */
export const pointPath = (pointId: string): string => `/bronnen/#${pointAnchor(pointId)}`;

export const paths = {
  home: '/',
  comparison: '/vergelijking/',
  briefing: '/briefing/',
  sources: '/bronnen/',
} as const;

/** Absolute URL for a site path, e.g. for canonical links and Open Graph. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** A URL as printed on paper: no scheme, no trailing slash ("example.org/1"). */
export function printableUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

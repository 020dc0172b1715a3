/** Every URL and anchor the site publishes is built here, so they stay stable and consistent. */

export const takeawayPath = (slug: string): string => `/conclusies/${slug}/`;
export const shortTakeawayPath = (number: number): string => `/${number}/`;
export const quoteAnchor = (quoteId: string): string => `citaat-${quoteId}`;
export const quoteInTextAnchor = (quoteId: string): string => `tekst-${quoteId}`;
export const topicAnchor = (topicId: string): string => `onderwerp-${topicId}`;

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

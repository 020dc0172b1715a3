/**
 * The site icon, drawn once in src/assets/favicon.svg:
 * - in every page's `<link rel="icon">` as a `data:` URI: no request, so nothing but the HTML
 *   is fetched before the page paints (and a declared icon stops browsers asking for /favicon.ico);
 * - as `/favicon.ico` for everything that looks there by itself (feed readers, search engines).
 */
import { Resvg } from '@resvg/resvg-js';
import svgToMiniDataURI from 'mini-svg-data-uri';
import pngToIco from 'png-to-ico';

/**
 * The SVG as the shortest valid `data:` URI (URL-encoded, not base64). Its `toSrcset` form writes
 * spaces as %20: browsers read raw ones too, but they make the URL invalid (`npm run validate:html`).
 */
export const faviconDataUri = (svg: string): string => svgToMiniDataURI.toSrcset(svg.trim());

/** Tabs use 16 px, and 32 px on high-density screens. */
export const FAVICON_SIZES = [16, 32] as const;

export async function renderFavicon(svg: string): Promise<Buffer> {
  const pngs = FAVICON_SIZES.map((size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()));
  return pngToIco(pngs);
}

/**
 * Open Graph images, written at build time: `/og/site.png` for the site and
 * `/og/<slug>.png` for each takeaway. The pages point at them through `ogImagePath()`; the text of
 * each card comes from `ogImageTexts()`, which names Knack on every card.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticle } from '../../lib/article.ts';
import { ogImageTexts, renderOgImage, type OgImageText } from '../../lib/og-image.ts';

export const getStaticPaths = (async () => {
  const { meta, takeaways } = await loadArticle();
  return ogImageTexts({ ...meta, takeaways: takeaways.map((t) => t.data) }).map(({ name, text }) => ({ params: { name }, props: text }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgImageText> = async ({ props }) => {
  const png = await renderOgImage(props);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

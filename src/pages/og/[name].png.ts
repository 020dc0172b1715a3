/**
 * Open Graph images, written at build time: `/og/site.png` for the site and
 * `/og/<slug>.png` for each takeaway. The pages point at them through `ogImagePath()`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticle } from '../../lib/article.ts';
import { SITE_OG_IMAGE_NAME, renderOgImage, type OgImageText } from '../../lib/og-image.ts';
import { dutchDate, dutchMonth } from '../../lib/text.ts';

export const getStaticPaths = (async () => {
  const { meta, takeaways } = await loadArticle();
  const clash = takeaways.find((takeaway) => takeaway.data.slug === SITE_OG_IMAGE_NAME);
  if (clash)
    throw new Error(`${clash.filePath ?? clash.id} → slug: "${SITE_OG_IMAGE_NAME}" is taken by the site's own image (/og/site.png)`);
  const footer = `${meta.source.publication}, ${dutchMonth(meta.source.month)} · gesprek Trump–Poetin van ${dutchDate(meta.callDate)}`;
  const site: OgImageText = { siteName: meta.siteName, eyebrow: 'Analyse', title: meta.siteTitle, footer };
  return [
    { params: { name: SITE_OG_IMAGE_NAME }, props: site },
    ...takeaways.map((takeaway) => ({
      params: { name: takeaway.data.slug },
      props: {
        siteName: meta.siteName,
        eyebrow: `Conclusie ${takeaway.data.number} van ${takeaways.length}`,
        title: takeaway.data.title,
        footer,
      } satisfies OgImageText,
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgImageText> = async ({ props }) => {
  const png = await renderOgImage(props);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

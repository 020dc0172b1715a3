/** The card of each key quote, `/og/citaat/<id>.png`, for its share page `/citaat/<id>/`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticle } from '../../../lib/article.ts';
import { quoteCardText, renderQuoteCard, type QuoteCardText } from '../../../lib/og-image.ts';

export const getStaticPaths = (async () => {
  const { meta, takeaways } = await loadArticle();
  return takeaways.flatMap(({ data }) =>
    data.quotes.map((quote) => ({
      params: { id: quote.id },
      props: quoteCardText({
        siteName: meta.siteName,
        source: meta.source,
        takeawayNumber: data.number,
        takeawayCount: takeaways.length,
        quote: quote.text,
      }),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<QuoteCardText> = async ({ props }) => {
  const png = await renderQuoteCard(props);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

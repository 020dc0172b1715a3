/** The card of each comparison topic, `/og/onderwerp/<id>.png`, for its share page `/onderwerp/<id>/`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticle } from '../../../lib/article.ts';
import { renderTopicCard, topicCardSides, topicCardText, type TopicCardText } from '../../../lib/og-image.ts';

export const getStaticPaths = (async () => {
  const { meta, readouts, topics } = await loadArticle();
  const columns = readouts.map((r) => ({ id: r.id, label: r.data.label }));
  return topics.map((topic) => ({
    params: { id: topic.id },
    props: topicCardText({ ...meta, label: topic.label, sides: topicCardSides(topic.sides, columns) }),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<TopicCardText> = async ({ props }) => {
  const png = await renderTopicCard(props);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

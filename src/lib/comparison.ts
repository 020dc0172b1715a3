import type { ComparisonTopic, Stance } from './schemas.ts';

/**
 * Dutch wording of each stance, used in cells, legends and the coverage matrix. "Wijkt af", not
 * "Anders verwoord": a cell that differs differs in substance (30 days or none, energy or energy
 * and infrastructure), not only in wording.
 */
export const stanceLabels: Record<Stance, string> = {
  says: 'Vermeldt het',
  silent: 'Zwijgt erover',
  differs: 'Wijkt af',
};

/** The topics that belong to one takeaway, in the file's order. */
export function topicsForTakeaway<T extends Pick<ComparisonTopic, 'takeaways'>>(topics: readonly T[], slug: string): T[] {
  return topics.filter((topic) => topic.takeaways.includes(slug));
}

/** Topics tagged for no takeaway: shown as "broader context". */
export function broaderContextTopics<T extends Pick<ComparisonTopic, 'takeaways'>>(topics: readonly T[]): T[] {
  return topics.filter((topic) => topic.takeaways.length === 0);
}

export interface TopicGroup<T> {
  /** Takeaway slug, or null for the broader-context group. */
  slug: string | null;
  topics: T[];
}

/**
 * Every topic exactly once, grouped under the first takeaway it belongs to (takeaways in
 * article order), then the broader-context group. For the full comparison page.
 */
export function groupTopicsOnce<T extends Pick<ComparisonTopic, 'id' | 'takeaways'>>(
  topics: readonly T[],
  takeawaySlugsInOrder: readonly string[],
): TopicGroup<T>[] {
  const placed = new Set<string>();
  const groups: TopicGroup<T>[] = [];
  for (const slug of takeawaySlugsInOrder) {
    const own = topics.filter(
      (t) => !placed.has(t.id) && t.takeaways[0] !== undefined && firstInOrder(t.takeaways, takeawaySlugsInOrder) === slug,
    );
    own.forEach((t) => placed.add(t.id));
    if (own.length > 0) groups.push({ slug, topics: own });
  }
  const rest = topics.filter((t) => !placed.has(t.id));
  if (rest.length > 0) groups.push({ slug: null, topics: rest });
  return groups;
}

function firstInOrder(slugs: readonly string[], order: readonly string[]): string | undefined {
  return [...slugs].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
}

/** Counts per stance for one readout across the given topics. */
export function stanceCounts(topics: readonly Pick<ComparisonTopic, 'sides'>[], readoutId: string): Record<Stance, number> {
  const counts: Record<Stance, number> = { says: 0, silent: 0, differs: 0 };
  for (const topic of topics) {
    const cell = topic.sides[readoutId];
    if (cell) counts[cell.stance] += 1;
  }
  return counts;
}

/**
 * On a page that shows several takeaways, a topic shared by two of them appears twice, but its
 * anchor (`#onderwerp-<id>`) can stand only once: at the first takeaway, in article order, that
 * shows it. Returns, per takeaway slug, the topic ids whose anchor lives in that takeaway.
 */
export function anchorOwners(
  topics: readonly Pick<ComparisonTopic, 'id' | 'takeaways'>[],
  takeawaySlugsInOrder: readonly string[],
): Map<string, Set<string>> {
  const seen = new Set<string>();
  const owners = new Map<string, Set<string>>();
  for (const slug of takeawaySlugsInOrder) {
    const own = new Set(
      topicsForTakeaway(topics, slug)
        .map((t) => t.id)
        .filter((id) => !seen.has(id)),
    );
    own.forEach((id) => seen.add(id));
    owners.set(slug, own);
  }
  return owners;
}

/**
 * The topics that cite a readout point or context fact: in a cell's `points` or in a note's
 * `sources`. In the file's order. For the links from /bronnen/ back to the comparison.
 */
export function topicsCiting<T extends Pick<ComparisonTopic, 'sides' | 'note'>>(topics: readonly T[], pointId: string): T[] {
  return topics.filter(
    (topic) =>
      Object.values(topic.sides).some((cell) => cell.points?.includes(pointId)) || (topic.note?.sources.includes(pointId) ?? false),
  );
}

/**
 * Splits `items` into two runs, in order, whose weights are as equal as they can be: the two
 * columns of the briefing's back. Paper gets two explicit columns rather than CSS multi-column,
 * which WebKit paginates badly (it prints one column and repeats the first heading).
 */
export function splitInTwo<T>(items: readonly T[], weight: (item: T) => number): [T[], T[]] {
  const weights = items.map(weight);
  const total = weights.reduce((sum, w) => sum + w, 0);
  let best = 0;
  let bestDifference = Number.POSITIVE_INFINITY;
  let left = 0;
  for (let cut = 0; cut <= items.length; cut += 1) {
    const difference = Math.abs(total - 2 * left);
    if (difference < bestDifference) [best, bestDifference] = [cut, difference];
    left += weights[cut] ?? 0;
  }
  return [items.slice(0, best), items.slice(best)];
}

/** How much a topic prints in the compact comparison: its label and the sentences of its non-silent cells. */
export function printedLength(topic: Pick<ComparisonTopic, 'label' | 'sides'>): number {
  return Object.values(topic.sides).reduce(
    (sum, cell) => sum + (cell.stance === 'silent' ? 30 : cell.text.length + 20),
    topic.label.length,
  );
}

import { describe, expect, it } from 'vitest';
import {
  anchorOwners,
  broaderContextTopics,
  groupTopicsOnce,
  splitInTwo,
  stanceCounts,
  topicsCiting,
  topicsForTakeaway,
} from './comparison.ts';
import { validTopics } from '../../tests/unit/fixtures.ts';
import type { ComparisonTopic } from './schemas.ts';

const topic = (id: string, takeaways: string[], kremlin: 'says' | 'silent' | 'differs' = 'says'): ComparisonTopic => ({
  id,
  label: id,
  takeaways,
  sides: { kremlin: { stance: kremlin, text: '.' }, 'white-house': { stance: 'silent', text: '.' } },
});
const topics = [topic('a', ['t2']), topic('b', ['t1', 't3'], 'differs'), topic('c', []), topic('d', ['t3', 't1'], 'silent')];
const order = ['t1', 't2', 't3'];

describe('comparison rows', () => {
  it('selects the rows tagged for one takeaway, in file order', () => {
    expect(topicsForTakeaway(topics, 't1').map((t) => t.id)).toEqual(['b', 'd']);
    expect(topicsForTakeaway(topics, 't3').map((t) => t.id)).toEqual(['b', 'd']);
    expect(topicsForTakeaway(topics, 't9')).toEqual([]);
  });

  it('puts untagged rows in the broader context', () => {
    expect(broaderContextTopics(topics).map((t) => t.id)).toEqual(['c']);
  });

  it('shows every topic exactly once on the full comparison, under its earliest takeaway', () => {
    const groups = groupTopicsOnce(topics, order);
    expect(groups.map((g) => [g.slug, g.topics.map((t) => t.id)])).toEqual([
      ['t1', ['b', 'd']],
      ['t2', ['a']],
      [null, ['c']],
    ]);
    expect(groups.flatMap((g) => g.topics).length).toBe(topics.length);
  });

  it('counts stances per readout', () => {
    expect(stanceCounts(topics, 'kremlin')).toEqual({ says: 2, differs: 1, silent: 1 });
    expect(stanceCounts(topics, 'white-house')).toEqual({ says: 0, differs: 0, silent: 4 });
  });
});

describe('anchorOwners', () => {
  it('gives each shared topic its anchor at the first takeaway that shows it', () => {
    const owners = anchorOwners(topics, order);
    expect([...owners.get('t1')!]).toEqual(['b', 'd']);
    expect([...owners.get('t2')!]).toEqual(['a']);
    expect([...owners.get('t3')!]).toEqual([]);
  });
});

describe('topicsCiting', () => {
  it('finds the topics whose cells or notes cite a point or fact, in file order', () => {
    const cited = validTopics();
    expect(topicsCiting(cited, 'kr-1').map((t) => t.id)).toEqual(['energie']);
    expect(topicsCiting(cited, 'wh-2').map((t) => t.id)).toEqual(['nooit-begonnen']);
    expect(topicsCiting(cited, 'na-1').map((t) => t.id)).toEqual(['energie']);
    expect(topicsCiting(cited, 'kr-99')).toEqual([]);
  });
});

describe('splitInTwo', () => {
  const identity = (n: number) => n;
  it('cuts where the two runs weigh most alike, keeping the order', () => {
    expect(splitInTwo([5, 1, 1, 1, 2], identity)).toEqual([[5], [1, 1, 1, 2]]);
    expect(splitInTwo([1, 2, 3, 4], identity)).toEqual([[1, 2, 3], [4]]);
    expect(splitInTwo([3, 3, 3, 3], identity)).toEqual([
      [3, 3],
      [3, 3],
    ]);
  });
  it('leaves the second run empty only when one item outweighs the rest together', () => {
    expect(splitInTwo([10], identity)).toEqual([[], [10]]);
    expect(splitInTwo([], identity)).toEqual([[], []]);
  });
});

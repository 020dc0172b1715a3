/** public/_redirects must send /N and /N/ to takeaway N's page, for exactly the five takeaways. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { takeawayPath } from '../../src/lib/urls.ts';
import { takeaways } from '../content.ts';

const rules = readFileSync('public/_redirects', 'utf-8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split(/\s+/));

describe('public/_redirects', () => {
  it('has a permanent redirect from each short alias to its takeaway', () => {
    const expected = takeaways().flatMap(({ number, slug }) => [
      [`/${number}`, takeawayPath(slug), '301'],
      [`/${number}/`, takeawayPath(slug), '301'],
    ]);
    expect(rules).toHaveLength(expected.length);
    for (const rule of expected) expect(rules).toContainEqual(rule);
  });
});

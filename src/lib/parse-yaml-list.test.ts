import { describe, expect, it } from 'vitest';
import { fieldPath } from './parse-yaml-list.ts';

describe('fieldPath', () => {
  it('writes readable field paths', () => {
    expect(fieldPath(['sides', 'kremlin', 'stance'])).toBe('sides.kremlin.stance');
    expect(fieldPath(['topics', 3, 'id'])).toBe('topics[3].id');
    expect(fieldPath([])).toBe('(root)');
  });
});

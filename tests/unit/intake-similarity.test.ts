import { describe, expect, it } from 'vitest';
import {
  SIMILAR_AT,
  claimSimilarity,
  contentWords,
  jaccard,
  searchWords,
} from '@/lib/intake/claim-similarity';

describe('article intake: similar wording', () => {
  it('compares content words, not function words, plurals or number formatting', () => {
    expect([...contentWords('The troops are at 12,000 Russian bases')]).toEqual([
      'troop',
      '12000',
      'russian',
      'base',
    ]);
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('flags a reworded claim and leaves a different one alone', () => {
    const existing =
      'Up to 12,000 North Korean troops are stationed at Russian bases in the Far East.';
    expect(
      claimSimilarity(
        'Up to 12,000 North Korean troops could already be at Russian bases in the Far East.',
        existing,
      ),
    ).toBeGreaterThanOrEqual(SIMILAR_AT);
    expect(
      claimSimilarity('Up to 10,000 North Korean troops are in Kursk.', existing),
    ).toBeLessThan(SIMILAR_AT);
    expect(claimSimilarity(existing, existing)).toBe(1);
  });

  it('looks candidates up by numbers and names first', () => {
    expect(searchWords('Up to 12,000 North Korean troops could be at Russian bases', 4)).toEqual([
      '12,000',
      'russian',
      'korean',
      'north',
    ]);
  });
});

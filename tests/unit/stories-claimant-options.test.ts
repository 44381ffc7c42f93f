import { describe, expect, it } from 'vitest';
import { cachedPerContentVersionByKey } from '@/lib/cache/content-version-cache';
import { timelineClaimantOptions, type TimelineClaim } from '@/lib/stories/story-timeline';

const claim = (id: number, claimantId: number, name: string): TimelineClaim => ({
  id,
  title: null,
  statement: `Claim ${id}`,
  claimant: { id: claimantId, name },
  verdict: 'likely',
  confidence: 'low',
  firstAppearedAt: null,
  publishedAt: new Date('2024-11-01T00:00:00Z'),
});

describe('the timeline’s claimant filter', () => {
  it('offers the most frequent claimants, by name, with their counts', () => {
    const claims = [
      claim(1, 1, 'Zeta'),
      claim(2, 1, 'Zeta'),
      claim(3, 2, 'Alpha'),
      claim(4, 3, 'Mid'),
      claim(5, 3, 'Mid'),
      claim(6, 3, 'Mid'),
    ];
    expect(timelineClaimantOptions(claims, 2)).toEqual([
      { id: 3, name: 'Mid', count: 3 },
      { id: 1, name: 'Zeta', count: 2 },
    ]);
    expect(timelineClaimantOptions(claims).map((c) => c.name)).toEqual(['Alpha', 'Mid', 'Zeta']);
    expect(timelineClaimantOptions([])).toEqual([]);
  });
});

describe('cachedPerContentVersionByKey', () => {
  it('keeps one value per key until the version moves, and forgets the least recent key', async () => {
    let version = 1;
    const reads: string[] = [];
    const cached = cachedPerContentVersionByKey(
      async (key) => {
        reads.push(key);
        return `${key}@${version}`;
      },
      async () => version,
      2,
    );
    expect(await cached('a')).toBe('a@1');
    expect(await cached('b')).toBe('b@1');
    expect(await cached('a')).toBe('a@1');
    expect(reads).toEqual(['a', 'b']);
    await cached('c'); // over the limit: "b" was used least recently
    await cached('a');
    await cached('b');
    expect(reads).toEqual(['a', 'b', 'c', 'b']);
    version = 2;
    expect(await cached('b')).toBe('b@2');
  });
});

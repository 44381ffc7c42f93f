import { describe, expect, it } from 'vitest';
import {
  allTimelineEvents,
  selectTimeline,
  type TimelineClaim,
  type TimelineRevision,
} from '@/lib/stories/story-timeline';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

function claim(id: number, claimantId: number, at: string, over: Partial<TimelineClaim> = {}) {
  return {
    id,
    title: null,
    statement: `Claim ${id}`,
    claimant: { id: claimantId, name: `Claimant ${claimantId}` },
    verdict: 'unverified',
    confidence: 'low',
    firstAppearedAt: day(at),
    publishedAt: null,
    ...over,
  } satisfies TimelineClaim;
}

function revision(
  id: number,
  claimId: number,
  at: string,
  verdict: TimelineRevision['verdict'],
): TimelineRevision {
  return { id, claimId, verdict, confidence: 'moderate', createdAt: day(at) };
}

// Claim 1 (claimant 7) appears on 1 Nov and is rated twice; claim 2 (claimant 8) appears the
// same day as claim 1's first rating; claim 3 has no date and stays off the timeline.
const claims = [
  claim(2, 8, '2024-11-03', { verdict: 'false' }),
  claim(1, 7, '2024-11-01', { verdict: 'confirmed' }),
  claim(3, 8, '2024-11-02', { firstAppearedAt: null }),
];
const revisions = [
  revision(11, 1, '2024-11-05', 'confirmed'),
  revision(10, 1, '2024-11-03', 'disputed'),
  revision(12, 2, '2024-11-06', 'false'),
];

describe('story timeline', () => {
  const all = allTimelineEvents(claims, revisions);

  it('lists every dated claim and verdict change oldest first, ties in one fixed order', () => {
    expect(all.map((e) => e.key)).toEqual(['c1', 'c2', 'r10', 'r11', 'r12']);
  });

  it('says what each change replaced, whatever the filters hide', () => {
    const byClaimant = selectTimeline(all, { order: 'oldest', claimant: 7, verdict: null });
    expect(byClaimant.map((e) => e.key)).toEqual(['c1', 'r10', 'r11']);
    const second = byClaimant.find((e) => e.key === 'r11');
    expect(second).toMatchObject({ verdict: 'confirmed', from: { verdict: 'disputed' } });
    const first = byClaimant.find((e) => e.key === 'r10');
    expect(first).toMatchObject({ from: null });
  });

  it('filters by the verdict a claim has now and turns the order round for newest first', () => {
    const falseNewest = selectTimeline(all, { order: 'newest', claimant: null, verdict: 'false' });
    expect(falseNewest.map((e) => e.key)).toEqual(['r12', 'c2']);
    const newest = selectTimeline(all, { order: 'newest', claimant: null, verdict: null });
    expect(newest.map((e) => e.key)).toEqual(['r12', 'r11', 'r10', 'c2', 'c1']);
    // The shared list itself is never reordered by a request.
    expect(all.map((e) => e.key)).toEqual(['c1', 'c2', 'r10', 'r11', 'r12']);
  });
});

import '../support/auth-env';
import { describe, expect, it } from 'vitest';
import { findFiguresForClaimIds } from '@/lib/figures/find-figures';
import { addStoryClaims } from '@/lib/stories/add-story-claims';
import { createStory } from '@/lib/stories/create-story';
import { findPublicStories } from '@/lib/stories/find-public-stories';
import { publishStory } from '@/lib/stories/publish-story';
import { loadStoryView } from '@/lib/stories/story-view';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { editor } from '../support/editing';
import { createClaim, createClaimant, testDb, unique, uniqueWord } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function figureClaim(claimantId: number, unit: string, date: string, n: number) {
  const claim = await createClaim({ claimantId, title: unique('Figure claim') });
  return testDb.claim.update({
    where: { id: claim.id },
    data: {
      firstAppearedAt: new Date(`${date}T00:00:00Z`),
      quantityQualifier: 'up_to',
      quantityMax: n,
      quantityUnit: unit,
    },
  });
}

async function publishedStory(claimIds: number[]) {
  const actor = await editor();
  const story = value(await createStory(actor, { title: unique('Page data story') }));
  value(await addStoryClaims(actor, { storyId: story.id, claimIds }));
  value(await publishStory(actor, { id: story.id, version: 2 }));
  return { actor, story };
}

describe('story page data: one read for the timeline and the chart', () => {
  it('charts exactly the figures the chart read by id gives, from the timeline’s own read', async () => {
    const claimant = await createClaimant();
    const unit = uniqueWord('troopword');
    const a = await figureClaim(claimant.id, unit, '2024-11-05', 12_000);
    const b = await figureClaim(claimant.id, unit, '2024-10-23', 3_000);
    const plain = await createClaim({ claimantId: claimant.id });
    const draft = await createClaim({ claimantId: claimant.id, status: 'draft' });
    await testDb.claim.update({
      where: { id: draft.id },
      data: { quantityQualifier: 'exactly', quantityValue: 5, quantityUnit: unit },
    });
    const { story } = await publishedStory([a.id, plain.id, b.id, draft.id]);

    const view = (await loadStoryView(story.slug))!;
    expect(view.story.claims.map((c) => c.id)).toEqual([a.id, plain.id, b.id]);
    const byIds = await findFiguresForClaimIds([a.id, plain.id, b.id, draft.id]);
    expect(view.figures.series).toEqual(byIds.series);
    expect(view.figures.series[0]!.points.map((p) => [p.claimId, p.max, p.date])).toEqual([
      [b.id, 3_000, '2024-10-23'],
      [a.id, 12_000, '2024-11-05'],
    ]);
    expect(view.claimants).toEqual([{ id: claimant.id, name: claimant.name, count: 3 }]);
  });

  it('shows a write at once: the kept page data follows the content version', async () => {
    const first = await createClaim({ title: unique('First') });
    const { actor, story } = await publishedStory([first.id]);
    expect((await loadStoryView(story.slug))!.story.claims.map((c) => c.id)).toEqual([first.id]);

    const second = await createClaim({ title: unique('Second') });
    value(await addStoryClaims(actor, { storyId: story.id, claimIds: [second.id] }));
    expect((await loadStoryView(story.slug))!.story.claims.map((c) => c.id)).toEqual([
      first.id,
      second.id,
    ]);
    await testDb.claim.update({ where: { id: first.id }, data: { status: 'draft' } });
    expect((await loadStoryView(story.slug))!.story.claims.map((c) => c.id)).toEqual([second.id]);
    expect(await loadStoryView(unique('no-such-story'))).toBeNull();
  });
});

describe('/stories: newest activity first, in one statement', () => {
  it('orders by the latest of the story’s and its published claims’ changes, and pages', async () => {
    const claimA = await createClaim({ title: unique('A') });
    const claimB = await createClaim({ title: unique('B') });
    const draft = await createClaim({ title: unique('Draft'), status: 'draft' });
    const { story: older } = await publishedStory([claimA.id, draft.id]);
    const { story: newer } = await publishedStory([claimB.id]);
    const future = new Date(Date.now() + 24 * 3600 * 1000);
    const ids = async () => (await findPublicStories(1, 1000)).items.map((s) => s.id);

    // Both stories' own changes are recent; a claim change later than both moves its story up.
    await testDb.claim.update({ where: { id: claimA.id }, data: { updatedAt: future } });
    let order = await ids();
    expect(order.indexOf(older.id)).toBeLessThan(order.indexOf(newer.id));
    const item = (await findPublicStories(1, 1000)).items.find((s) => s.id === older.id)!;
    expect(item.claimCount).toBe(1); // the draft does not count
    expect(item.activityAt.toISOString()).toBe(future.toISOString());

    // A draft claim's change is not activity readers can see.
    const later = new Date(future.getTime() + 3600 * 1000);
    await testDb.claim.update({ where: { id: draft.id }, data: { updatedAt: later } });
    await testDb.claim.update({ where: { id: claimB.id }, data: { updatedAt: later } });
    order = await ids();
    expect(order.indexOf(newer.id)).toBeLessThan(order.indexOf(older.id));

    // Pages of one: consecutive, never overlapping; past the end gives the last page.
    const all = await findPublicStories(1, 1000);
    const pages = await Promise.all([1, 2].map((p) => findPublicStories(p, 1)));
    expect(pages.map((p) => p.items[0]!.id)).toEqual(all.items.slice(0, 2).map((s) => s.id));
    expect(pages[0]!.total).toBe(all.total);
    expect(pages[0]!.pageCount).toBe(all.total);
    const past = await findPublicStories(all.total + 5, 1);
    expect(past.page).toBe(all.total);
    expect(past.items.map((s) => s.id)).toEqual([all.items.at(-1)!.id]);
  });
});

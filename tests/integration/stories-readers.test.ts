import { describe, expect, it } from 'vitest';
import { GET as storyFeed } from '@/app/stories/[slug]/feed.xml/route';
import { findApiClaims } from '@/lib/api/find-api-claims';
import { findPublishedClaims } from '@/lib/claims/find-claims';
import { exportResponse } from '@/lib/export/export-response';
import { siteOrigin } from '@/lib/site';
import { addStoryClaims } from '@/lib/stories/add-story-claims';
import { createStory } from '@/lib/stories/create-story';
import { findPublicStories } from '@/lib/stories/find-public-stories';
import { findClaimStories, getPublicStory } from '@/lib/stories/get-public-story';
import { publishStory } from '@/lib/stories/publish-story';
import { allTimelineEvents, selectTimeline } from '@/lib/stories/story-timeline';
import { parseClaimListQuery } from '@/lib/validation/claim-list-query';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { editor } from '../support/editing';
import { createClaim, createClaimant, testDb, unique } from '../support/factories';
import { childrenNamed, parseXml, textOf } from '../support/parse-xml';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const day = (iso: string) => new Date(`${iso}T12:00:00.000Z`);

/** A published story: two claimants, a draft claim, a deleted claim, a pending verdict. */
async function storyWithHistory(publish = true) {
  const actor = await editor();
  const [agency, ministry] = [await createClaimant(), await createClaimant()];
  const early = await createClaim({
    claimantId: agency.id,
    verdict: 'likely',
    title: 'About 3,000',
  });
  const late = await createClaim({
    claimantId: ministry.id,
    verdict: 'false',
    title: 'Up to 12,000',
  });
  const draft = await createClaim({
    claimantId: agency.id,
    status: 'draft',
    title: 'Draft figure',
  });
  const deleted = await createClaim({ claimantId: agency.id, deleted: true, title: 'Gone' });
  await testDb.claim.update({
    where: { id: early.id },
    data: { firstAppearedAt: day('2024-10-18') },
  });
  await testDb.claim.update({
    where: { id: late.id },
    data: { firstAppearedAt: day('2024-12-20') },
  });
  const revEarly = await testDb.verdictRevision.create({
    data: {
      claimId: early.id,
      verdict: 'confirmed',
      confidence: 'high',
      rationale: 'Confirmed by a second agency.',
      createdAt: day('2024-11-02'),
    },
  });
  const pending = await testDb.verdictRevision.create({
    data: {
      claimId: late.id,
      verdict: 'confirmed',
      confidence: 'high',
      rationale: 'Waiting for review.',
      reviewState: 'pending',
      createdAt: day('2024-12-22'),
    },
  });
  const story = value(
    await createStory(actor, { title: unique('North Korean troops'), description: 'Figures.' }),
  );
  value(
    await addStoryClaims(actor, {
      storyId: story.id,
      claimIds: [late.id, early.id, draft.id, deleted.id],
    }),
  );
  if (publish) value(await publishStory(actor, { id: story.id, version: 2 }));
  return { actor, story, agency, ministry, early, late, draft, deleted, revEarly, pending };
}

describe('stories: what readers see', () => {
  it('a draft story is invisible: no page, no list entry, no claim link, no filter match', async () => {
    const { story, early } = await storyWithHistory(false);
    expect(await getPublicStory(story.slug)).toBeNull();
    expect((await findPublicStories(1, 1000)).items.map((s) => s.id)).not.toContain(story.id);
    expect(await findClaimStories(early.id)).toEqual([]);
    const list = await findPublishedClaims(parseClaimListQuery({ story: story.slug }));
    expect(list.total).toBe(0);
    const feed = await storyFeed(new Request(`${siteOrigin}/stories/${story.slug}/feed.xml`), {
      params: Promise.resolve({ slug: story.slug }),
    });
    expect(feed.status).toBe(404);
  });

  it('shows published claims and public verdict changes only, on a timeline in either order', async () => {
    const { story, early, late, draft, deleted, revEarly, pending } = await storyWithHistory();
    const shown = await getPublicStory(story.slug);
    expect(shown?.claims.map((c) => c.id)).toEqual([late.id, early.id]);
    const revisionIds = shown!.revisions.map((r) => r.id);
    expect(revisionIds).toContain(revEarly.id);
    expect(revisionIds).not.toContain(pending.id);
    expect(shown!.claims.map((c) => c.id)).not.toContain(draft.id);
    expect(shown!.claims.map((c) => c.id)).not.toContain(deleted.id);

    const newest = selectTimeline(allTimelineEvents(shown!.claims, shown!.revisions), {
      order: 'newest',
      claimant: null,
      verdict: null,
    });
    const dated = newest.filter((e) => e.at < day('2025-01-01'));
    expect(dated.map((e) => `${e.kind}:${e.claim.id}:${e.at.toISOString().slice(0, 10)}`)).toEqual([
      `claim:${late.id}:2024-12-20`,
      `verdict:${early.id}:2024-11-02`,
      `claim:${early.id}:2024-10-18`,
    ]);
    const oldest = selectTimeline(allTimelineEvents(shown!.claims, shown!.revisions), {
      order: 'oldest',
      claimant: null,
      verdict: null,
    });
    expect(oldest.map((e) => e.key)).toEqual(newest.map((e) => e.key).reverse());
    const change = newest.find((e) => e.kind === 'verdict' && e.revisionId === revEarly.id);
    expect(change).toMatchObject({ verdict: 'confirmed', confidence: 'high' });
  });

  it('filters the timeline by claimant and by verdict', async () => {
    const { story, agency, ministry, early, late } = await storyWithHistory();
    const shown = (await getPublicStory(story.slug))!;
    const byMinistry = selectTimeline(allTimelineEvents(shown.claims, shown.revisions), {
      order: 'newest',
      claimant: ministry.id,
      verdict: null,
    });
    expect(new Set(byMinistry.map((e) => e.claim.id))).toEqual(new Set([late.id]));
    const byAgency = selectTimeline(allTimelineEvents(shown.claims, shown.revisions), {
      order: 'newest',
      claimant: agency.id,
      verdict: null,
    });
    expect(new Set(byAgency.map((e) => e.claim.id))).toEqual(new Set([early.id]));
    const falseOnes = selectTimeline(allTimelineEvents(shown.claims, shown.revisions), {
      order: 'newest',
      claimant: null,
      verdict: 'false',
    });
    expect(new Set(falseOnes.map((e) => e.claim.id))).toEqual(new Set([late.id]));
  });

  it('lists the story for readers and links the claim page to it', async () => {
    const { story, early, draft } = await storyWithHistory();
    const list = await findPublicStories(1, 1000);
    const item = list.items.find((s) => s.id === story.id);
    expect(item).toMatchObject({ slug: story.slug, claimCount: 2 });
    expect(await findClaimStories(early.id)).toEqual([
      { slug: story.slug, title: expect.stringMatching(/North Korean troops/) },
    ]);
    expect(await findClaimStories(draft.id)).toHaveLength(1);
  });

  it('serves one Atom feed per story with its new claims and verdict changes', async () => {
    const { story, early, revEarly, pending } = await storyWithHistory();
    const response = await storyFeed(new Request(`${siteOrigin}/stories/${story.slug}/feed.xml`), {
      params: Promise.resolve({ slug: story.slug }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/atom\+xml/);
    const feed = parseXml(await response.text());
    const entries = childrenNamed(feed, 'entry');
    const ids = entries.map((e) => textOf(childrenNamed(e, 'id')[0]!));
    expect(ids).toContainEqual(expect.stringMatching(new RegExp(`claim/${early.id}$`)));
    expect(ids).toContainEqual(expect.stringMatching(new RegExp(`revision/${revEarly.id}$`)));
    expect(ids.join(' ')).not.toContain(`revision/${pending.id}`);
  });

  it('filters the claim list, the API and the export by story=', { timeout: 30_000 }, async () => {
    const { story, early, late } = await storyWithHistory();
    const list = await findPublishedClaims(parseClaimListQuery({ story: story.slug }));
    expect(new Set(list.items.map((c) => c.id))).toEqual(new Set([early.id, late.id]));
    const api = await findApiClaims(new URLSearchParams({ story: story.slug }));
    expect(new Set(api.items.map((c) => c.id))).toEqual(new Set([early.id, late.id]));
    const exported = await exportResponse(
      new URL(`${siteOrigin}/claims/export?format=json&story=${story.slug}`),
      async () => null,
    );
    const rows = JSON.parse(await exported.text()) as { id: number }[];
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set([early.id, late.id]));
    const none = await findPublishedClaims(parseClaimListQuery({ story: 'no-such-story' }));
    expect(none.total).toBe(0);
  });
});

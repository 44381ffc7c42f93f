import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { findClaimsForEditing } from '@/lib/claims/find-claims-for-editing';
import { claimSearch } from '@/lib/search/claim-search';
import { PAGE_SIZE, parseClaimListQuery } from '@/lib/validation/claim-list-query';
import { parseEditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';
import { editor } from '../support/editing';
import { createClaim, createClaimant, testDb, uniqueWord } from '../support/factories';

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

/** A claim with a desk state, written as the workflow's use cases leave it. */
async function deskClaim(
  desk: { stage?: string; assigneeId?: string | null; reviewerId?: string | null },
  input: Parameters<typeof createClaim>[0] = {},
) {
  const claim = await createClaim({ status: 'draft', ...input });
  await testDb.claim.update({
    where: { id: claim.id },
    data: { stageChangedAt: new Date(), ...desk, updatedAt: claim.updatedAt },
  });
  return claim;
}

async function ids(actor: Actor, params: Record<string, string>) {
  const page = await findClaimsForEditing(actor, parseEditorClaimListQuery(params));
  return page.items.map((i) => i.id).sort((a, b) => a - b);
}

const sorted = (...list: number[]) => [...list].sort((a, b) => a - b);

describe("the editors' list: stage, assignee and reviewer filters", () => {
  it('filters by stage, by assignee and reviewer (me, nobody, someone), and combines them', async () => {
    const me = await editor();
    const other = await editor();
    const claimant = (await createClaimant()).id;
    const c = { claimantId: claimant };
    const mineNew = await deskClaim({ stage: 'new', assigneeId: me.id }, c);
    const mineReview = await deskClaim(
      { stage: 'in_review', assigneeId: me.id, reviewerId: other.id },
      c,
    );
    const theirsReview = await deskClaim(
      { stage: 'in_review', assigneeId: other.id, reviewerId: me.id },
      c,
    );
    const nobodys = await deskClaim({ stage: 'researching' }, c);
    const within = { claimant: String(claimant) };

    expect(await ids(me, { ...within, stage: 'in_review' })).toEqual(
      sorted(mineReview.id, theirsReview.id),
    );
    expect(await ids(me, { ...within, assignee: 'me' })).toEqual(sorted(mineNew.id, mineReview.id));
    // "me" is whoever opens the list.
    expect(await ids(other, { ...within, assignee: 'me' })).toEqual([theirsReview.id]);
    expect(await ids(me, { ...within, assignee: other.id })).toEqual([theirsReview.id]);
    expect(await ids(me, { ...within, assignee: 'unassigned' })).toEqual([nobodys.id]);
    expect(await ids(me, { ...within, reviewer: 'me' })).toEqual([theirsReview.id]);
    expect(await ids(me, { ...within, reviewer: 'unassigned' })).toEqual(
      sorted(mineNew.id, nobodys.id),
    );
    expect(await ids(me, { ...within, stage: 'in_review', assignee: 'me' })).toEqual([
      mineReview.id,
    ]);
    expect(await ids(me, { ...within, stage: 'new', reviewer: 'me' })).toEqual([]);
  });

  it('combine with search words, tags, status and paging', async () => {
    const me = await editor();
    const word = uniqueWord('Pontoon');
    const tag = `Desk ${word}`;
    const slug = tag.toLowerCase().replaceAll(' ', '-');
    const tagged = await deskClaim(
      { stage: 'ready', assigneeId: me.id },
      { statement: `${word} bridge was hit`, tags: [tag] },
    );
    const untagged = await deskClaim(
      { stage: 'ready', assigneeId: me.id },
      { statement: `${word} crossing reported` },
    );
    await deskClaim(
      { stage: 'new', assigneeId: me.id },
      { statement: `${word} ferry`, tags: [tag] },
    );
    await deskClaim({ stage: 'ready' }, { statement: `${word} barge`, tags: [tag] });

    expect(await ids(me, { q: word, stage: 'ready', assignee: 'me' })).toEqual(
      sorted(tagged.id, untagged.id),
    );
    expect(await ids(me, { q: word, stage: 'ready', assignee: 'me', tag: slug })).toEqual([
      tagged.id,
    ]);
    expect(await ids(me, { tag: slug, stage: 'ready', assignee: 'unassigned' })).toHaveLength(1);
    expect(await ids(me, { q: word, stage: 'ready', status: 'published' })).toEqual([]);

    const claimant = (await createClaimant()).id;
    const made: number[] = [];
    for (let i = 0; i < PAGE_SIZE + 2; i++) {
      const claim = await deskClaim(
        { stage: 'researching', reviewerId: me.id },
        { claimantId: claimant, updatedAt: minutesAgo(i) },
      );
      made.push(claim.id);
    }
    await deskClaim({ stage: 'researching' }, { claimantId: claimant });
    const page = (n: string) =>
      findClaimsForEditing(
        me,
        parseEditorClaimListQuery({ claimant: String(claimant), reviewer: 'me', page: n }),
      );
    const [one, two] = [await page('1'), await page('2')];
    expect(one).toMatchObject({ total: PAGE_SIZE + 2, pageCount: 2 });
    expect([...one.items, ...two.items].map((i) => i.id)).toEqual(made);
  });

  it("shows each row's stage, assignee and reviewer by name", async () => {
    const me = await editor('Desk Row Editor');
    const other = await editor('Desk Row Reviewer');
    const claim = await deskClaim({ stage: 'in_review', assigneeId: me.id, reviewerId: other.id });
    const page = await findClaimsForEditing(
      me,
      parseEditorClaimListQuery({ claimant: String(claim.claimantId) }),
    );
    expect(page.items).toEqual([
      expect.objectContaining({
        id: claim.id,
        stage: 'in_review',
        assignee: { id: me.id, name: 'Desk Row Editor' },
        reviewer: { id: other.id, name: 'Desk Row Reviewer' },
      }),
    ]);
  });

  it('list a stage in the chosen order, its count matching its pages, whichever status it implies', async () => {
    const me = await editor();
    const claimant = await createClaimant();
    const within = { claimant: String(claimant.id) };
    const newest = await createClaim({ claimantId: claimant.id });
    const older = await createClaim({ claimantId: claimant.id });
    // Newest updated first: `older` is older although made later.
    for (const [claim, updatedAt] of [
      [newest, minutesAgo(1)],
      [older, minutesAgo(30)],
    ] as const) {
      await testDb.claim.update({
        where: { id: claim.id },
        data: { stage: 'published', updatedAt },
      });
    }
    await deskClaim({ stage: 'researching' }, { claimantId: claimant.id });
    const page = await findClaimsForEditing(
      me,
      parseEditorClaimListQuery({ ...within, stage: 'published' }),
    );
    expect(page.items.map((i) => i.id)).toEqual([newest.id, older.id]);
    expect(page.total).toBe(2);
    // Published claims are never drafts: asking for both finds nothing, on the page and in the count.
    const none = await findClaimsForEditing(
      me,
      parseEditorClaimListQuery({ ...within, stage: 'published', status: 'draft' }),
    );
    expect(none.items).toEqual([]);
    expect(none.total).toBe(0);
  });

  it("are never read from a reader's list state", async () => {
    const me = await editor();
    const claimant = await createClaimant();
    const published = await createClaim({ claimantId: claimant.id });
    await testDb.claim.update({ where: { id: published.id }, data: { stage: 'published' } });
    // The readers' list takes the same words and gets every published claim: no stage filter.
    const reader = parseClaimListQuery({
      claimant: String(claimant.id),
      stage: 'new',
      assignee: me.id,
    });
    const page = await claimSearch().findClaimIds(reader, { offset: 0, limit: 10 });
    expect(page.ids).toEqual([published.id]);
  });
});

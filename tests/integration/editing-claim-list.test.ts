import { describe, expect, it } from 'vitest';
import { AuthorizationError, type Actor } from '@/lib/auth/actor';
import { findEditorFilterOptions } from '@/lib/claims/editor-filter-options';
import { findClaimsForEditing } from '@/lib/claims/find-claims-for-editing';
import { PAGE_SIZE } from '@/lib/validation/claim-list-query';
import { parseEditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';
import { admin, editor } from '../support/editing';
import {
  createClaim,
  createClaimant,
  createSource,
  unique,
  uniqueWord,
} from '../support/factories';

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

async function ids(params: Record<string, string>, actor?: Awaited<ReturnType<typeof editor>>) {
  const page = await findClaimsForEditing(
    actor ?? (await editor()),
    parseEditorClaimListQuery(params),
  );
  return page.items.map((i) => i.id);
}

describe("the editors' claim list", () => {
  it('filters by claimant, drafts included', async () => {
    const claimant = await createClaimant();
    const other = await createClaimant();
    const draft = await createClaim({ claimantId: claimant.id, status: 'draft' });
    const live = await createClaim({ claimantId: claimant.id });
    await createClaim({ claimantId: other.id });
    expect((await ids({ claimant: String(claimant.id) })).sort()).toEqual(
      [draft.id, live.id].sort(),
    );
    expect(await ids({ claimant: String(claimant.id), status: 'draft' })).toEqual([draft.id]);
  });

  it('filters by tag, drafts included', async () => {
    const tag = unique('Tag').replace(/\W+/g, ' ').trim();
    const slug = tag.toLowerCase().replaceAll(' ', '-');
    const draft = await createClaim({ tags: [tag], status: 'draft' });
    const live = await createClaim({ tags: [tag] });
    await createClaim({ tags: [unique('Other').replace(/\W+/g, ' ').trim()] });
    expect((await ids({ tag: slug })).sort()).toEqual([draft.id, live.id].sort());
  });

  it('sorts by last update, by creation and by verdict', async () => {
    const claimant = await createClaimant();
    const claim = (verdict: 'false' | 'confirmed' | 'likely', updated: number) =>
      createClaim({ claimantId: claimant.id, verdict, updatedAt: minutesAgo(updated) });
    // Created in this order (first, second, third); updated in another.
    const first = await claim('false', 1);
    const second = await claim('likely', 3);
    const third = await claim('confirmed', 2);
    const by = (sort: string) => ids({ claimant: String(claimant.id), sort });
    expect(await by('updated')).toEqual([first.id, third.id, second.id]);
    expect(await by('created')).toEqual([third.id, second.id, first.id]);
    expect(await by('verdict')).toEqual([third.id, second.id, first.id]);
    // Unknown sorts fall back to the default.
    expect(await by('sideways')).toEqual([first.id, third.id, second.id]);
  });

  it("searches as the readers' list does: any case, word forms, quotes; by relevance", async () => {
    const word = uniqueWord('Quarry');
    const source = await createSource();
    const inStatement = await createClaim({
      statement: `${word} strikes hit a depot`,
      status: 'draft',
    });
    const inQuote = await createClaim({
      statement: 'Shelling reported overnight.',
      citations: [{ sourceId: source.id, stance: 'context', quote: `Near the ${word} road.` }],
    });
    const found = (q: string) => ids({ q });
    expect(await found(word.toUpperCase())).toEqual([inStatement.id, inQuote.id]);
    expect(await found(`${word} strike`)).toEqual([inStatement.id]);
    expect(await found(`${word} road`)).toEqual([inQuote.id]);
    // Words match whole, as in the readers' list: a fragment of one is another word.
    expect(await found(word.slice(0, 4))).toEqual([]);
  });

  it('pages through a long list, and an out-of-range page is empty, not an error', async () => {
    const claimant = await createClaimant();
    const made: number[] = [];
    for (let i = 0; i < PAGE_SIZE + 3; i++) {
      made.push((await createClaim({ claimantId: claimant.id, updatedAt: minutesAgo(i) })).id);
    }
    const actor = await editor();
    const page = (p: string) =>
      findClaimsForEditing(
        actor,
        parseEditorClaimListQuery({ claimant: String(claimant.id), page: p }),
      );
    const one = await page('1');
    const two = await page('2');
    expect(one).toMatchObject({ total: PAGE_SIZE + 3, page: 1, pageCount: 2 });
    expect(two).toMatchObject({ page: 2, pageCount: 2 });
    expect([...one.items, ...two.items].map((i) => i.id)).toEqual(made);
    expect((await page('3')).items).toEqual([]);
    expect((await page('zero')).page).toBe(1);
  });

  it("offers the claimants and tags of live claims, and keeps the chosen one's name", async () => {
    const actor = await editor();
    const draftsOnly = await createClaimant(unique('Aaa drafts-only claimant'));
    await createClaim({ claimantId: draftsOnly.id, status: 'draft', tags: ['Draft topic'] });
    const deletedOnly = await createClaimant(unique('Aaa deleted-only claimant'));
    await createClaim({ claimantId: deletedOnly.id, deleted: true, tags: ['Deleted topic'] });

    const options = await findEditorFilterOptions(actor, { claimant: null, tag: null });
    expect(options.claimants.map((c) => c.id)).toContain(draftsOnly.id);
    expect(options.claimants.map((c) => c.id)).not.toContain(deletedOnly.id);
    expect(options.tags.map((t) => t.slug)).toContain('draft-topic');
    expect(options.tags.map((t) => t.slug)).not.toContain('deleted-topic');
    const names = options.claimants.map((c) => c.name);
    expect(names).toEqual([...names].sort());

    // An admin looking at deleted claims still sees the claimant and tag they filtered by.
    const chosen = await findEditorFilterOptions(await admin(), {
      claimant: deletedOnly.id,
      tag: 'deleted-topic',
    });
    expect(chosen.claimants).toContainEqual({ id: deletedOnly.id, name: deletedOnly.name });
    expect(chosen.tags).toContainEqual({ name: 'Deleted topic', slug: 'deleted-topic' });
  });

  it('refuses anyone who is not signed in as an editor', async () => {
    const none = { claimant: null, tag: null };
    await expect(findEditorFilterOptions(null, none)).rejects.toThrow(AuthorizationError);
    const forged = { id: 'x', role: 'reader' } as unknown as Actor;
    await expect(findEditorFilterOptions(forged, none)).rejects.toThrow(AuthorizationError);
  });
});

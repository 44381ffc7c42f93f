import { describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { readClaimState } from '@/lib/claims/claim-state';
import { EDITOR_HISTORY_SHOWN, getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { REVISION_COUNT_CAP } from '@/lib/db/claim-edit-sql';
import { store } from '@/lib/db/store';
import type { Verdict } from '@/lib/domain/verdicts';
import { claimInput, editor } from '../support/editing';
import { testDb } from '../support/factories';

const VERDICTS: Verdict[] = ['likely', 'disputed'];

// The edit view loads on every verdict change, so it shows the latest revisions; the rest are
// one link away (`?history=all`), never lost.
describe('the verdict history on the edit view', () => {
  it('shows the latest revisions newest first, with the count, and all when asked', async () => {
    const actor = await editor('History Editor');
    const created = await createClaim(actor, claimInput());
    if (!created.ok) throw new Error(created.message);
    const changes = EDITOR_HISTORY_SHOWN + 4;
    for (let i = 1; i <= changes; i++) {
      const loaded = await getClaimForEditing(actor, created.value.id);
      const saved = await changeVerdict(actor, {
        id: created.value.id,
        version: loaded!.version,
        verdict: VERDICTS[i % 2]!,
        confidence: 'moderate',
        rationale: `Change number ${i}.`,
      });
      expect(saved.ok).toBe(true);
    }

    const latest = await getClaimForEditing(actor, created.value.id);
    expect(latest!.revisionCount).toBe(changes + 1); // and the first, Unverified
    expect(latest!.revisionCountCapped).toBe(false);
    expect(latest!.revisions).toHaveLength(EDITOR_HISTORY_SHOWN);
    expect(latest!.revisions[0]).toMatchObject({
      rationale: `Change number ${changes}.`,
      createdBy: { id: actor.id, name: 'History Editor' },
    });

    const whole = await getClaimForEditing(actor, created.value.id, { wholeHistory: true });
    expect(whole!.revisions).toHaveLength(changes + 1);
    expect(whole!.revisionCount).toBe(changes + 1);
    expect(whole!.revisionCountCapped).toBe(false);
    expect(whole!.revisions.at(-1)).toMatchObject({ verdict: 'unverified', rationale: '' });
    const times = whole!.revisions.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  // Every save loads this form, so its count stops at a cap: a claim revised all day says
  // "more than" instead of counting its whole history on each save.
  it('counts the revisions up to the cap exactly, and says "more than" past it', async () => {
    const actor = await editor();
    const created = await createClaim(actor, claimInput());
    if (!created.ok) throw new Error(created.message);
    const id = created.value.id;
    const addRevisions = (n: number) =>
      testDb.verdictRevision.createMany({
        data: Array.from({ length: n }, (_, i) => ({
          claimId: id,
          verdict: VERDICTS[i % 2]!,
          confidence: 'moderate',
          rationale: `Imported change ${i}.`,
          createdAt: new Date(Date.UTC(2020, 0, 1, 0, 0, i)),
        })),
      });

    await addRevisions(REVISION_COUNT_CAP - 1); // with the first, Unverified: exactly the cap
    const atCap = await getClaimForEditing(actor, id);
    expect(atCap).toMatchObject({ revisionCount: REVISION_COUNT_CAP, revisionCountCapped: false });
    expect(atCap!.revisions).toHaveLength(EDITOR_HISTORY_SHOWN);

    await addRevisions(1);
    const past = await getClaimForEditing(actor, id);
    expect(past).toMatchObject({ revisionCount: REVISION_COUNT_CAP, revisionCountCapped: true });
    expect(past!.revisions).toHaveLength(EDITOR_HISTORY_SHOWN);

    const whole = await getClaimForEditing(actor, id, { wholeHistory: true });
    expect(whole).toMatchObject({
      revisionCount: REVISION_COUNT_CAP + 1,
      revisionCountCapped: false,
    });
    expect(whole!.revisions).toHaveLength(REVISION_COUNT_CAP + 1);
  });
});

// The verdict path and the edit form read the claim through the store's prepared statements;
// every other mutation reads it through Prisma inside its transaction. Both feed audit
// snapshots and conflict answers, so they must agree exactly, on either provider.
describe('the claim state read by the store', () => {
  it('equals the Prisma read, key for key and in the same order', async () => {
    const actor = await editor();
    const created = await createClaim(
      actor,
      claimInput({ tags: ['Zürich', 'alpha', 'Émigrés'], quantityMax: '12,000.5' }),
    );
    if (!created.ok) throw new Error(created.message);
    const id = created.value.id;
    await testDb.claim.update({
      where: { id },
      data: { publishedAt: new Date(), status: 'published' },
    });

    const viaPrisma = await testDb.$transaction((tx) => readClaimState(tx, id));
    const viaSql = (await store.editing.claimState(id))?.state;
    expect(viaSql).toEqual(viaPrisma);
    expect(Object.keys(viaSql!)).toEqual(Object.keys(viaPrisma!));
    expect(JSON.stringify(viaSql)).toBe(JSON.stringify(viaPrisma));
  });
});

import { describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { readClaimState } from '@/lib/claims/claim-state';
import { EDITOR_HISTORY_SHOWN, getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { store } from '@/lib/db/store';
import type { Verdict } from '@/lib/domain/verdicts';
import { claimInput, editor } from '../support/editing';
import { testDb } from '../support/factories';

const VERDICTS: Verdict[] = ['likely', 'disputed'];

// The edit view loads on every verdict change, so it shows the latest revisions; the rest are
// one link away (`?history=all`), never lost.
describe('the verdict history on the edit view', () => {
  it('shows the latest revisions newest first, says older ones exist, and all when asked', async () => {
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
    expect(latest!.olderRevisions).toBe(true);
    expect(latest!.revisions).toHaveLength(EDITOR_HISTORY_SHOWN);
    expect(latest!.revisions[0]).toMatchObject({
      rationale: `Change number ${changes}.`,
      createdBy: { id: actor.id, name: 'History Editor' },
    });

    const whole = await getClaimForEditing(actor, created.value.id, { wholeHistory: true });
    expect(whole!.revisions).toHaveLength(changes + 1); // and the first, Unverified
    expect(whole!.olderRevisions).toBe(false);
    expect(whole!.revisions.at(-1)).toMatchObject({ verdict: 'unverified', rationale: '' });
    const times = whole!.revisions.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  // Every save loads this form, so it tells whether older revisions exist by reading one more
  // than it shows, never by counting the whole history.
  it('links the whole history only when older revisions exist', async () => {
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

    await addRevisions(EDITOR_HISTORY_SHOWN - 1); // with the first, Unverified: exactly as many
    const exactlyShown = await getClaimForEditing(actor, id);
    expect(exactlyShown!.revisions).toHaveLength(EDITOR_HISTORY_SHOWN);
    expect(exactlyShown!.olderRevisions).toBe(false);

    await addRevisions(1);
    const oneMore = await getClaimForEditing(actor, id);
    expect(oneMore!.revisions).toHaveLength(EDITOR_HISTORY_SHOWN);
    expect(oneMore!.olderRevisions).toBe(true);
    expect(oneMore!.revisions[0]).toMatchObject({ verdict: 'unverified' }); // the newest

    const whole = await getClaimForEditing(actor, id, { wholeHistory: true });
    expect(whole!.revisions).toHaveLength(EDITOR_HISTORY_SHOWN + 1);
    expect(whole!.olderRevisions).toBe(false);
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

import { describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { EDITOR_HISTORY_SHOWN, getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import type { Verdict } from '@/lib/domain/verdicts';
import { claimInput, editor } from '../support/editing';

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
    expect(latest!.revisions).toHaveLength(EDITOR_HISTORY_SHOWN);
    expect(latest!.revisions[0]).toMatchObject({
      rationale: `Change number ${changes}.`,
      createdBy: { id: actor.id, name: 'History Editor' },
    });

    const whole = await getClaimForEditing(actor, created.value.id, { wholeHistory: true });
    expect(whole!.revisions).toHaveLength(changes + 1);
    expect(whole!.revisionCount).toBe(changes + 1);
    expect(whole!.revisions.at(-1)).toMatchObject({ verdict: 'unverified', rationale: '' });
    const times = whole!.revisions.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

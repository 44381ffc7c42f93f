import { describe, expect, it } from 'vitest';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { getClaimForEditing } from '@/lib/claims/get-claim-for-editing';
import { store } from '@/lib/db/store';
import { claimInput, editor } from '../support/editing';

/**
 * On PostgreSQL the verdict save's one read also brings the claim's trail since the loaded
 * version when the claim has moved on (lib/db/postgres/verdicts.ts), so a stale save's conflict
 * answer or merge needs no second round trip; a claim still at the loaded version reads none.
 */
describe('the verdict save read on PostgreSQL', () => {
  it('brings the trail since the loaded version only when the claim moved on', async () => {
    const [first, second] = [await editor('First'), await editor('Second')];
    const created = await createClaim(first, claimInput());
    if (!created.ok) throw new Error(created.message);
    const { id } = created.value;
    const loaded = (await getClaimForEditing(first, id))!.version;
    const saved = await changeVerdict(second, {
      id,
      version: loaded,
      verdict: 'disputed',
      confidence: 'moderate',
      rationale: 'Two sources disagree.',
    });
    expect(saved.ok).toBe(true);

    const answer = () => ({ answer: 'decided' as const });
    const stale = await store.verdicts.saveGuarded(id, false, answer, loaded);
    expect(stale).toMatchObject({
      answer: 'decided',
      moved: {
        claim: { state: { id, version: loaded + 1, verdict: 'disputed' } },
        trail: { loaded: { version: loaded } },
      },
    });
    if (!('moved' in stale) || !stale.moved) throw new Error('no trail read');
    expect(stale.moved.trail.changes).toHaveLength(1);
    expect(stale.moved.trail.changes[0]).toMatchObject({
      actor: { id: second.id },
      after: { rationale: 'Two sources disagree.' },
    });

    const current = await store.verdicts.saveGuarded(id, false, answer, loaded + 1);
    expect(current).toEqual({ answer: 'decided' });
  });

  it('answers a stale save with the same conflict as before', async () => {
    const [first, second] = [await editor('First'), await editor('Second')];
    const created = await createClaim(first, claimInput());
    if (!created.ok) throw new Error(created.message);
    const { id } = created.value;
    const loaded = (await getClaimForEditing(first, id))!.version;
    const save = (actor: typeof first, rationale: string) =>
      changeVerdict(actor, {
        id,
        version: loaded,
        verdict: 'disputed',
        confidence: 'high',
        rationale,
      });
    expect((await save(second, 'Second editor rationale.')).ok).toBe(true);
    const refused = await save(first, 'First editor rationale.');
    expect(refused).toMatchObject({
      ok: false,
      conflict: {
        current: { id, version: loaded + 1, rationale: 'Second editor rationale.' },
        changedFields: expect.arrayContaining(['rationale']),
        fields: [expect.objectContaining({ field: 'rationale' })],
      },
    });
  });
});

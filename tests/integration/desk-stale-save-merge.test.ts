import { describe, expect, it } from 'vitest';
import { createClaim } from '@/lib/claims/create-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { assignClaim } from '@/lib/workflow/assign-claim';
import { changeStage } from '@/lib/workflow/change-stage';
import { claimInput, editor } from '../support/editing';
import { testDb } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

describe('a content edit from a form opened before a desk change', () => {
  it('merges onto an assignment and a stage change instead of conflicting', async () => {
    const ana = await editor();
    const ben = await editor();
    const created = value(await createClaim(ana, claimInput({ title: 'Before' })));
    const { id } = created;
    const loaded = created.version;

    // Ben takes the claim and starts on it while Ana's form is open at `loaded`.
    const assigned = value(
      await assignClaim(ben, { id, version: loaded, role: 'assignee', userId: ben.id }),
    );
    value(await changeStage(ben, { id, version: assigned.version, stage: 'researching' }));

    const saved = await updateClaim(ana, {
      ...claimInput({ title: 'After' }),
      id,
      version: loaded,
    });
    expect(saved.ok ? '' : saved.message).toBe('');
    expect(saved).toMatchObject({ ok: true, value: { changed: true } });
    expect(await testDb.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: 'After',
      stage: 'researching',
      assigneeId: ben.id,
    });
  });
});

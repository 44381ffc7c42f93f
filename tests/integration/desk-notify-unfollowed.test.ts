import { describe, expect, it } from 'vitest';
import { createClaim } from '@/lib/claims/create-claim';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { assignClaim } from '@/lib/workflow/assign-claim';
import { changeStage } from '@/lib/workflow/change-stage';
import { followClaim } from '@/lib/workflow/follow-claim';
import { claimInput, editor } from '../support/editing';
import { testDb } from '../support/factories';

function value<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const notificationsOf = (userId: string) =>
  testDb.notification.findMany({
    where: { userId },
    orderBy: { id: 'asc' },
    select: { kind: true, detail: true, readAt: true },
  });

describe('a reviewer who unfollowed the claim', () => {
  it('is asked for review by a new notification, not by rewriting an old one', async () => {
    const ben = await editor();
    const cleo = await editor();
    const { id, version } = value(await createClaim(ben, claimInput()));
    // Cleo becomes the reviewer (and follows), hears of a stage change, then unfollows.
    let v = value(
      await assignClaim(ben, { id, version, role: 'reviewer', userId: cleo.id }),
    ).version;
    v = value(await changeStage(ben, { id, version: v, stage: 'researching' })).version;
    value(await followClaim(cleo, { id, follow: 'false' }));
    expect((await notificationsOf(cleo.id)).map((n) => n.kind)).toEqual([
      'assigned',
      'followed_change',
    ]);

    value(await changeStage(ben, { id, version: v, stage: 'in_review' }));
    expect((await notificationsOf(cleo.id)).map((n) => [n.kind, n.detail])).toEqual([
      ['assigned', 'reviewer'],
      ['followed_change', 'claim.stage'],
      ['review_requested', ''],
    ]);
  });
});

import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { claimDeleted, claimNotFound } from '@/lib/claims/claim-state';
import { followIn } from '@/lib/notifications/notify';
import { invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { followClaimSchema } from '@/lib/validation/workflow-input';

export interface FollowSaved {
  id: number;
  following: boolean;
  changed: boolean;
}

/**
 * Follows or unfollows a claim for the signed-in editor: anyone on the desk may, for themselves
 * only. Following touches no claim column, so it takes no version guard and never conflicts with
 * an open form. Audited under its own entity type ('follow'), not 'claim': a claim event would
 * tell every follower "a claim you follow changed" (the trigger on AuditEvent) about nothing that
 * changed on the claim. A deleted claim can be unfollowed but not followed.
 */
export async function followClaim(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<FollowSaved>> {
  assertRole(actor, 'editor');
  const parsed = followClaimSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, follow } = parsed.data;

  return runMutation(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id }, select: { deletedAt: true } });
    if (!claim) return claimNotFound();
    const key = { claimId_userId: { claimId: id, userId: actor.id } };
    const existing = await tx.claimFollow.findUnique({ where: key, select: { claimId: true } });
    const following = existing !== null;
    if (following === follow) return ok({ id, following, changed: false });
    if (follow && claim.deletedAt) return claimDeleted();
    if (follow) await followIn(tx, id, actor.id);
    else await tx.claimFollow.delete({ where: key });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: follow ? 'claim.follow' : 'claim.unfollow',
      entityType: 'follow',
      entityId: id,
      before: { claimId: id, userId: actor.id, following },
      after: { claimId: id, userId: actor.id, following: follow },
    });
    return ok({ id, following: follow, changed: true });
  });
}

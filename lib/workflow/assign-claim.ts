import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, ROLES, type Actor } from '@/lib/auth/actor';
import { claimConflict, claimDeleted, claimNotFound } from '@/lib/claims/claim-state';
import type { ClaimSaved } from '@/lib/claims/types';
import { followIn, notify } from '@/lib/notifications/notify';
import { assignClaimSchema } from '@/lib/validation/workflow-input';
import {
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { planAssignment } from './assignment-rules';
import { readDeskState } from './desk-state';

const NOT_AN_EDITOR = 'Choose an editor from the list: this person cannot be put on a claim.';

/**
 * Puts an editor on a claim as its assignee or reviewer, or (no `userId`) takes the role off.
 * Assigning yourself is the same call with your own id. One audited mutation with the claim's
 * version guard; the person put on the claim follows it and, unless it is you, is notified.
 */
export async function assignClaim(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<ClaimSaved>> {
  assertRole(actor, 'editor');
  const parsed = assignClaimSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, version, role, userId } = parsed.data;

  return runMutation(async (tx) => {
    const before = await readDeskState(tx, id);
    if (!before) return claimNotFound();
    if (before.deletedAt) return claimDeleted();
    if (userId) {
      const person = await tx.user.findUnique({
        where: { id: userId },
        select: { role: true, banned: true },
      });
      if (!person || person.banned || !(ROLES as readonly string[]).includes(person.role)) {
        return fieldFailure('userId', NOT_AN_EDITOR);
      }
    }
    const plan = planAssignment({ role, userId, ...before });
    if (!plan.ok) return fieldFailure('userId', plan.message);
    if (!plan.changed) return ok({ id, version: before.version, changed: false });

    const guarded = await tx.claim.updateMany({
      where: { id, version, deletedAt: null },
      data: {
        assigneeId: plan.assigneeId,
        reviewerId: plan.reviewerId,
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (guarded.count === 0) return claimConflict(tx, id, version, {});
    const after = await readDeskState(tx, id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: userId ? 'claim.assign' : 'claim.unassign',
      entityType: 'claim',
      entityId: id,
      before,
      after,
    });
    if (userId) {
      // A reviewer who already followed was just told by the trigger; that row becomes this one.
      // Before followIn: notify reads whether they followed when the trigger ran.
      await notify(tx, {
        userId,
        kind: 'assigned',
        claimId: id,
        actorId: actor.id,
        detail: role,
        about: 'claim.assign',
      });
      await followIn(tx, id, userId);
    }
    return ok({ id, version: after?.version ?? version + 1, changed: true });
  });
}

import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { assertRole, type Actor } from '../actor';
import { auditSnapshot } from './audit-snapshot';
import { UserRuleError } from './errors';
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from './types';
import type { ChangeRoleInput } from './user-schemas';

export const CANNOT_CHANGE_OWN_ROLE = 'You cannot change your own role. Ask another admin.';
export const USER_GONE = 'This user no longer exists. Reload the page.';

/**
 * An admin sets another user's role. A changed role ends all of that user's sessions and writes
 * the `user.role` audit event, in one transaction: they sign in again and get the new role's
 * rights from the first request. An admin cannot change their own role, so there is always an
 * admin left who can fix things.
 */
export async function changeUserRole(
  actor: Actor | null,
  input: ChangeRoleInput,
): Promise<{ user: UserSummary; changed: boolean }> {
  assertRole(actor, 'admin');
  if (input.userId === actor.id) throw new UserRuleError('role', CANNOT_CHANGE_OWN_ROLE);
  return runMutation(async (tx) => {
    const row = await tx.user.findUnique({
      where: { id: input.userId },
      select: USER_SUMMARY_SELECT,
    });
    if (!row) throw new UserRuleError('userId', USER_GONE);
    const before = toUserSummary(row);
    if (row.role === input.role) return { user: before, changed: false };
    const after = toUserSummary(
      await tx.user.update({
        where: { id: input.userId },
        data: { role: input.role },
        select: USER_SUMMARY_SELECT,
      }),
    );
    await tx.session.deleteMany({ where: { userId: input.userId } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'user.role',
      entityType: 'user',
      entityId: input.userId,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
    return { user: after, changed: true };
  });
}

import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { runMutation, type Tx } from '@/lib/audit/mutation-transaction';
import { assertRole, type Actor } from '../actor';
import { auditSnapshot } from './audit-snapshot';
import { USER_GONE } from './change-user-role';
import { UserRuleError } from './errors';
import { toUserSummary, USER_SUMMARY_SELECT, type UserSummary } from './types';
import type { UserStatusInput } from './user-schemas';

export const CANNOT_DISABLE_SELF = 'You cannot disable your own account. Ask another admin.';

async function setBanned(
  tx: Tx,
  actor: Actor,
  userId: string,
  banned: boolean,
): Promise<UserSummary> {
  const row = await tx.user.findUnique({ where: { id: userId }, select: USER_SUMMARY_SELECT });
  if (!row) throw new UserRuleError('userId', USER_GONE);
  const before = toUserSummary(row);
  if (row.banned === banned) return before;
  const after = toUserSummary(
    await tx.user.update({
      where: { id: userId },
      data: banned
        ? { banned: true, banReason: 'Disabled by an admin', banExpires: null }
        : { banned: false, banReason: null, banExpires: null },
      select: USER_SUMMARY_SELECT,
    }),
  );
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: banned ? 'user.disable' : 'user.enable',
    entityType: 'user',
    entityId: userId,
    before: auditSnapshot(before),
    after: auditSnapshot(after),
  });
  return after;
}

/**
 * Disabling is better-auth's "ban" (the admin plugin's columns): the user row stays, with its
 * name on past edits, but the admin plugin refuses every new session for it, getCurrentActor
 * treats any leftover session as signed out, and all of the user's sessions are deleted here, in
 * the same transaction as the change and its `user.disable` audit event. The ban never expires
 * by itself; an admin enables the user again.
 */
export async function disableUser(
  actor: Actor | null,
  input: UserStatusInput,
): Promise<UserSummary> {
  assertRole(actor, 'admin');
  if (input.userId === actor.id) throw new UserRuleError('userId', CANNOT_DISABLE_SELF);
  return runMutation(async (tx) => {
    const user = await setBanned(tx, actor, input.userId, true);
    await tx.session.deleteMany({ where: { userId: input.userId } });
    return user;
  });
}

/** Lets a disabled user sign in again (with their existing password). */
export async function enableUser(
  actor: Actor | null,
  input: UserStatusInput,
): Promise<UserSummary> {
  assertRole(actor, 'admin');
  return runMutation((tx) => setBanned(tx, actor, input.userId, false));
}

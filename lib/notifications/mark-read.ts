import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { failure, invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { markNotificationReadSchema } from '@/lib/validation/notification-input';

export const NOTIFICATION_NOT_FOUND = 'This notification does not exist.';

/**
 * Marks one of the signed-in editor's notifications read. Another editor's notification is
 * answered exactly like one that does not exist (the filter on userId decides, so nothing about
 * it is revealed or written). Marking a read one again changes nothing.
 */
export async function markNotificationRead(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<{ id: number; changed: boolean }>> {
  assertRole(actor, 'editor');
  const parsed = markNotificationReadSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id } = parsed.data;
  return runMutation(async (tx) => {
    const marked = await tx.notification.updateMany({
      where: { id, userId: actor.id, readAt: null },
      data: { readAt: new Date() },
    });
    if (marked.count === 0) {
      const own = await tx.notification.findFirst({
        where: { id, userId: actor.id },
        select: { id: true },
      });
      return own ? ok({ id, changed: false }) : failure(NOTIFICATION_NOT_FOUND);
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'notification.read',
      entityType: 'notification',
      entityId: id,
      before: { read: false },
      after: { read: true },
    });
    return ok({ id, changed: true });
  });
}

/** Marks every unread notification of the signed-in editor read, in one statement. */
export async function markAllNotificationsRead(
  actor: Actor | null,
): Promise<MutationResult<{ marked: number }>> {
  assertRole(actor, 'editor');
  return runMutation(async (tx) => {
    const marked = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null },
      data: { readAt: new Date() },
    });
    if (marked.count > 0) {
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'notification.read_all',
        entityType: 'notification',
        entityId: actor.id,
        before: null,
        after: { read: marked.count },
      });
    }
    return ok({ marked: marked.count });
  });
}

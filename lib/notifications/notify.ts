import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { NotificationKind } from './notification-kinds';

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  claimId: number | null;
  actorId: string | null;
  noteId?: number | null;
  /** A short text carried with it: the desk role assigned, a send-back comment. */
  detail?: string;
  /**
   * The audit action(s) of the change this tells about, when the recipient may follow the
   * claim: the trigger has then just told them "a claim you follow changed" about each, and
   * those rows become this one more specific notification instead of several (a review
   * decision that also moves the stage writes two audit events: one notification). Call it
   * after the change's audit events and before any follow the same change adds (followIn), so
   * whether they follow is what the trigger saw.
   */
  about?: string | readonly string[];
}

/**
 * Tells `userId` about something another editor did, in the mutation's own transaction, so the
 * notification exists exactly when the change does. Nobody is told about their own actions.
 * ("A claim you follow changed" is written by a trigger on the audit log: the migration
 * 20261204180000_desk_workflow.)
 */
export async function notify(tx: Tx, input: NotificationInput): Promise<void> {
  if (input.userId === input.actorId) return;
  // Only a follower was told by the trigger: for anyone else, an unread row of an earlier
  // change with the same action and actor (left from before they unfollowed) is not this one.
  const followed =
    input.about && input.claimId !== null
      ? await tx.claimFollow.findUnique({
          where: { claimId_userId: { claimId: input.claimId, userId: input.userId } },
          select: { claimId: true },
        })
      : null;
  if (input.about && input.claimId !== null && followed) {
    // The claim's row is locked by the mutation (readDeskState), so no other change of this
    // claim can have written a newer row for this recipient in between: the newest unread row
    // of each action is the one this change's audit event just made.
    const told: number[] = [];
    for (const action of typeof input.about === 'string' ? [input.about] : input.about) {
      const row = await tx.notification.findFirst({
        where: {
          userId: input.userId,
          claimId: input.claimId,
          kind: 'followed_change',
          actorId: input.actorId,
          detail: action,
          readAt: null,
        },
        orderBy: { id: 'desc' },
        select: { id: true },
      });
      if (row) told.push(row.id);
    }
    const [first, ...rest] = told;
    if (first !== undefined) {
      await tx.notification.update({
        where: { id: first },
        data: { kind: input.kind, detail: input.detail ?? '', noteId: input.noteId ?? null },
      });
      if (rest.length > 0) await tx.notification.deleteMany({ where: { id: { in: rest } } });
      return;
    }
  }
  await tx.notification.create({
    data: {
      userId: input.userId,
      kind: input.kind,
      claimId: input.claimId,
      actorId: input.actorId,
      noteId: input.noteId ?? null,
      detail: input.detail ?? '',
    },
  });
}

/**
 * Makes `userId` follow the claim (the assignee and reviewer follow automatically). Written after
 * the change's audit event, so the new follower is not also told "a claim you follow changed"
 * about the very change that made them follow it.
 */
export async function followIn(tx: Tx, claimId: number, userId: string): Promise<void> {
  await tx.claimFollow.upsert({
    where: { claimId_userId: { claimId, userId } },
    create: { claimId, userId },
    update: {},
  });
}

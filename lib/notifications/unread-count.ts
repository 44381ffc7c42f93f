import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/**
 * How many of the signed-in editor's notifications are unread: ONE query, answered from the
 * (userId, readAt) index alone on both databases (the header shows it on every page an editor
 * opens). Only the actor's own.
 */
export async function countUnreadNotifications(actor: Actor | null): Promise<number> {
  assertRole(actor, 'editor');
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

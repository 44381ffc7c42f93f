import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export interface NotificationItem {
  id: number;
  kind: NotificationKind;
  createdAt: Date;
  readAt: Date | null;
  claim: { id: number; title: string; deleted: boolean } | null;
  actor: { id: string; name: string } | null;
  /** What the row carries: an audit action, 'assignee'/'reviewer', a comment. */
  detail: string;
}

export interface NotificationPage {
  items: NotificationItem[];
  total: number;
  unread: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

const TITLE_CHARS = 120;

/** A claim as a list names it: its title, else its statement, shortened. */
function claimTitle(title: string | null, statement: string): string {
  const text = (title?.trim() || statement).trim();
  return text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS).trimEnd()}…` : text;
}

function isKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/**
 * The signed-in editor's own notifications, newest first, a page at a time (read along the
 * (userId, createdAt, id) index); claim titles and actor names by a second query each (no
 * relations to User: prisma/schema.prisma). Nobody can read another editor's notifications:
 * the user is the actor, never an input.
 */
export async function findNotifications(
  actor: Actor | null,
  requestedPage: number,
): Promise<NotificationPage> {
  assertRole(actor, 'editor');
  const [total, unread] = await Promise.all([
    db.notification.count({ where: { userId: actor.id } }),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const rows = await db.notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      claimId: true,
      actorId: true,
      detail: true,
      createdAt: true,
      readAt: true,
    },
  });
  const claimIds = [...new Set(rows.flatMap((r) => (r.claimId === null ? [] : [r.claimId])))];
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId === null ? [] : [r.actorId])))];
  const [claims, users] = await Promise.all([
    claimIds.length
      ? db.claim.findMany({
          where: { id: { in: claimIds } },
          select: { id: true, title: true, statement: true, deletedAt: true },
        })
      : [],
    actorIds.length
      ? db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
      : [],
  ]);
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const nameById = new Map(users.map((u) => [u.id, u.name]));
  return {
    items: rows.map((r) => {
      const claim = r.claimId === null ? undefined : claimById.get(r.claimId);
      return {
        id: r.id,
        kind: isKind(r.kind) ? r.kind : 'followed_change',
        createdAt: r.createdAt,
        readAt: r.readAt,
        claim: claim
          ? {
              id: claim.id,
              title: claimTitle(claim.title, claim.statement),
              deleted: claim.deletedAt !== null,
            }
          : null,
        actor: r.actorId ? { id: r.actorId, name: nameById.get(r.actorId) ?? 'unknown' } : null,
        detail: r.detail,
      };
    }),
    total,
    unread,
    page,
    pageCount,
    pageSize: NOTIFICATIONS_PAGE_SIZE,
  };
}

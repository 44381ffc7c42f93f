import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { describeActivity, type ActivityChange } from './activity-description';
import { parseSnapshot } from './changed-fields';

export const ACTIVITY_PAGE_SIZE = 20;

export interface ActivityEntry {
  id: number;
  at: Date;
  actor: { id: string; name: string } | null;
  action: string;
  entityType: string;
  summary: string;
  changes: ActivityChange[];
}

export interface ActivityPage {
  items: ActivityEntry[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

/**
 * A claim's timeline, built from the audit log: the claim's own events, its citations', its
 * notes' and its links' to other claims (every one the claim ever had, removed ones too),
 * newest first, a page at
 * a time. Each branch of the OR is a range of the (entityType, entityId, at, id) index on both
 * databases, so the cost follows the claim's own events, not the log's size. Editors only.
 */
export async function findClaimActivity(
  actor: Actor | null,
  claimId: number,
  requestedPage: number,
): Promise<ActivityPage> {
  assertRole(actor, 'editor');
  const [citations, notes, relations] = await Promise.all([
    db.citation.findMany({ where: { claimId }, select: { id: true, sourceId: true } }),
    db.note.findMany({ where: { claimId }, select: { id: true } }),
    // Links to other claims, either way: each link's events show on both claims' timelines.
    db.claimRelation.findMany({
      where: { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
      select: { id: true },
    }),
  ]);
  const where: Prisma.AuditEventWhereInput = {
    OR: [
      { entityType: 'claim', entityId: String(claimId) },
      ...(citations.length
        ? [{ entityType: 'citation', entityId: { in: citations.map((c) => String(c.id)) } }]
        : []),
      ...(notes.length
        ? [{ entityType: 'note', entityId: { in: notes.map((n) => String(n.id)) } }]
        : []),
      ...(relations.length
        ? [
            {
              entityType: 'claim_relation',
              entityId: { in: relations.map((r) => String(r.id)) },
            },
          ]
        : []),
    ],
  };
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const events = await db.auditEvent.findMany({
    where,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * ACTIVITY_PAGE_SIZE,
    take: ACTIVITY_PAGE_SIZE,
  });

  const parsed = events.map((e) => ({
    ...e,
    before: parseSnapshot(e.before),
    after: parseSnapshot(e.after),
  }));
  // Names the words need: the actors, and the editors an assignment put on or took off.
  const userIds = new Set<string>();
  for (const e of parsed) {
    if (e.actorId) userIds.add(e.actorId);
    for (const snapshot of [e.before, e.after]) {
      for (const field of ['assigneeId', 'reviewerId']) {
        const id = snapshot?.[field];
        if (typeof id === 'string' && id) userIds.add(id);
      }
    }
  }
  const sourceIds = [...new Set(citations.map((c) => c.sourceId))];
  const [users, sources] = await Promise.all([
    userIds.size
      ? db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } })
      : [],
    sourceIds.length
      ? db.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, title: true } })
      : [],
  ]);
  const names = {
    users: new Map(users.map((u) => [u.id, u.name])),
    sources: new Map(sources.map((s) => [s.id, s.title])),
  };
  return {
    items: parsed.map((e) => {
      const { summary, changes } = describeActivity(e, names);
      return {
        id: e.id,
        at: e.at,
        actor: e.actorId ? { id: e.actorId, name: names.users.get(e.actorId) ?? 'unknown' } : null,
        action: e.action,
        entityType: e.entityType,
        summary,
        changes,
      };
    }),
    total,
    page,
    pageCount,
    pageSize: ACTIVITY_PAGE_SIZE,
  };
}

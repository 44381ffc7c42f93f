import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AUDIT_PAGE_SIZE, type AuditQuery } from '@/lib/validation/audit-query';
import { parseSnapshot } from './changed-fields';

export interface AuditEventItem {
  id: number;
  at: Date;
  actor: { id: string; name: string | null } | null;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditEventPage {
  items: AuditEventItem[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

/** The audit log, newest first, filtered and paged. Admins only. */
export async function findAuditEvents(
  actor: Actor | null,
  query: AuditQuery,
): Promise<AuditEventPage> {
  assertRole(actor, 'admin');
  const page = Number.isSafeInteger(query.page) && query.page > 0 ? query.page : 1;
  const at: Prisma.DateTimeFilter = {};
  if (query.from) at.gte = query.from;
  if (query.to) at.lte = query.to;
  const where: Prisma.AuditEventWhereInput = {
    ...(query.userId ? { actorId: query.userId } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(query.from || query.to ? { at } : {}),
  };
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const users = actorIds.length
    ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return {
    items: events.map((e) => ({
      id: e.id,
      at: e.at,
      actor: e.actorId ? { id: e.actorId, name: names.get(e.actorId) ?? null } : null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: parseSnapshot(e.before),
      after: parseSnapshot(e.after),
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    pageSize: AUDIT_PAGE_SIZE,
  };
}

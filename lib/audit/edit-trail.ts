import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { fromSqliteInstant, type DirectConnection } from '@/lib/sqlite-direct';
import { parseSnapshot } from './changed-fields';

/** Events read after the loaded state, to tell who saved each current value and when. */
const CHANGES_READ = 100;

export interface AuditTarget {
  entityType: string;
  entityId: number;
}

/** How an event's `before` snapshot is recognised as the state a form loaded. */
export type LoadedGuard = { key: 'version'; value: number } | { key: 'updatedAt'; value: Date };

export interface TrailChange {
  at: Date;
  actor: { id: string; name: string | null } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface EditTrail {
  /** The record as the form loaded it; null when the trail does not reach back to it. */
  loaded: Record<string, unknown> | null;
  /** Newest first: the changes since the loaded state (the latest ones when it was not found). */
  changes: TrailChange[];
}

interface ChangeRow {
  at: string;
  actorId: string | null;
  actorName: string | null;
  before: string | null;
  after: string | null;
}

/**
 * What happened to a record since a form loaded it, from the audit trail: the `before` snapshot
 * of the event that moved it on from the loaded state (found by its version or updatedAt,
 * newest first along the (entityType, entityId, at) index, so a recent load is found in a row
 * or two), and the events from that one on, with their authors' names.
 *
 * Only read when a save arrives from an older version, never on the uncontended path. Raw SQL
 * on the direct connection (json_extract: SQLite's; a PostgreSQL provider would use `->>`):
 * events are committed rows, so a caller inside a Prisma transaction reads the same trail.
 */
export function readEditTrail(
  connection: DirectConnection,
  target: AuditTarget,
  guard: LoadedGuard,
): EditTrail {
  const entityId = String(target.entityId);
  const value = guard.key === 'version' ? guard.value : guard.value.toISOString();
  const loadedEvent = connection.get<{ id: number; at: string; before: string }>(Prisma.sql`
    SELECT "id", "at", "before" FROM "AuditEvent"
    WHERE "entityType" = ${target.entityType} AND "entityId" = ${entityId}
      AND "before" IS NOT NULL AND json_valid("before")
      AND json_extract("before", ${`$.${guard.key}`}) = ${value}
    ORDER BY "at" DESC, "id" DESC LIMIT 1`);
  // From that event on, in the order it was found in (a range of the same index).
  const since = loadedEvent
    ? Prisma.sql`AND (e."at", e."id") >= (${loadedEvent.at}, ${loadedEvent.id})`
    : Prisma.empty;
  const rows = connection.all<ChangeRow>(Prisma.sql`
    SELECT e."at", e."actorId", u."name" AS "actorName", e."before", e."after"
    FROM "AuditEvent" e LEFT JOIN "user" u ON u."id" = e."actorId"
    WHERE e."entityType" = ${target.entityType} AND e."entityId" = ${entityId} ${since}
    ORDER BY e."at" DESC, e."id" DESC LIMIT ${CHANGES_READ}`);
  return {
    loaded: parseSnapshot(loadedEvent?.before ?? null),
    changes: rows.map((row) => ({
      at: fromSqliteInstant(row.at),
      actor: row.actorId === null ? null : { id: row.actorId, name: row.actorName },
      before: parseSnapshot(row.before),
      after: parseSnapshot(row.after),
    })),
  };
}

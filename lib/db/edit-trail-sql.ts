import { parseSnapshot } from '@/lib/audit/changed-fields';
import type { AuditTarget, EditTrail, LoadedGuard } from '@/lib/audit/edit-trail';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Row, SqlDialect, SqlSteps } from './sql-steps';

/** Events read after the loaded state, to tell who saved each current value and when. */
const CHANGES_READ = 100;

/**
 * The event that moved the record on from the loaded state: its `before` snapshot is the loaded
 * state. Found newest first along the (entityType, entityId, at, id) index.
 */
export function loadedEventQuery(
  dialect: SqlDialect,
  target: AuditTarget,
  guard: LoadedGuard,
): Prisma.Sql {
  const value = guard.key === 'version' ? guard.value : guard.value.toISOString();
  // The key and value as the snapshot's JSON text holds them (serialiseSnapshot): a plain text
  // match first, so the JSON is parsed only for the few events it lets through. PostgreSQL,
  // without statistics, read every event of the record here, parsing each (a claim with 820
  // events: 44 ms a read); the JSON condition still decides. For a version, PostgreSQL probes
  // its index on the snapshot's version instead (dialect.beforeVersionProbe).
  const written = JSON.stringify({ [guard.key]: value }).slice(1, -1);
  const pattern = `%${written.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return Prisma.sql`
    SELECT "id", "at", "before" FROM "AuditEvent"
    WHERE "entityType" = ${target.entityType} AND "entityId" = ${String(target.entityId)}
      AND "before" LIKE ${pattern} ESCAPE '\\'
      AND ${dialect.jsonFieldEquals(Prisma.sql`"before"`, guard.key, value)}
      ${guard.key === 'version' ? dialect.beforeVersionProbe(guard.value) : Prisma.empty}
    ORDER BY "at" DESC, "id" DESC LIMIT 1`;
}

/**
 * The record's latest events with their authors' names, newest first, from `since` on: a
 * condition on (e."at", e."id"), or empty for the latest whatever they are.
 */
export function changesQuery(target: AuditTarget, since: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT e."at", e."actorId", u."name" AS "actorName", e."before", e."after"
    FROM "AuditEvent" e LEFT JOIN "user" u ON u."id" = e."actorId"
    WHERE e."entityType" = ${target.entityType} AND e."entityId" = ${String(target.entityId)}
      ${since}
    ORDER BY e."at" DESC, e."id" DESC LIMIT ${CHANGES_READ}`;
}

/** The trail from the loaded event's row (undefined when none was found) and the changes read. */
export function toEditTrail(dialect: SqlDialect, loadedEvent: Row | undefined, rows: Row[]) {
  return {
    loaded: parseSnapshot((loadedEvent?.before as string | undefined) ?? null),
    changes: rows.map((row) => ({
      at: dialect.date(row.at)!,
      actor:
        row.actorId === null
          ? null
          : { id: row.actorId as string, name: row.actorName as string | null },
      before: parseSnapshot(row.before as string | null),
      after: parseSnapshot(row.after as string | null),
    })),
  } satisfies EditTrail;
}

/**
 * What happened to a record since a form loaded it (lib/audit/edit-trail.ts says what for): the
 * `before` snapshot of the event that moved it on from the loaded state, and the events from
 * that one on. Written once (sql-steps.ts); the provider's dialect supplies the JSON operator.
 */
export function* editTrailSteps(
  dialect: SqlDialect,
  target: AuditTarget,
  guard: LoadedGuard,
): SqlSteps<EditTrail> {
  const [loadedEvent] = yield loadedEventQuery(dialect, target, guard);
  // From that event on, in the order it was found in (a range of the same index).
  const since = loadedEvent
    ? Prisma.sql`AND (e."at", e."id") >= (${loadedEvent.at}, ${loadedEvent.id})`
    : Prisma.empty;
  const rows = yield changesQuery(target, since);
  return toEditTrail(dialect, loadedEvent, rows);
}

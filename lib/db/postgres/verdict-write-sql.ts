import { serialiseSnapshot } from '@/lib/audit/record-audit-event';
import { Prisma } from '@/lib/generated/prisma/client';
import type { VerdictWrite } from '../verdict-store';

/**
 * The revision id the audit snapshot is serialised with before the revision exists: the
 * statement below puts the real id in its place. Only the snapshot's own `revisionId` key can
 * hold it (JSON escapes every quote inside a string value, so `"revisionId":` appears nowhere
 * else), and no revision id is ever negative.
 */
const REVISION_ID_MARK = Number.MIN_SAFE_INTEGER;
const MARKED = `"revisionId":${REVISION_ID_MARK}`;

/**
 * A decided verdict save as ONE statement (run outside BEGIN … COMMIT, it is its own
 * transaction): the UPDATE guarded by the version the decision read, and only when it matched,
 * the VerdictRevision and the audit event. The same columns and values as the steps SQLite runs
 * (lib/db/verdict-save-sql.ts). The claim's row lock is taken by the UPDATE and held for this one
 * round trip and the commit: a concurrent save of the same version waits for it, then finds the
 * version moved on and matches nothing (READ COMMITTED re-checks the WHERE on the new row), so
 * it returns no row and its caller merges or answers with the conflict.
 */
export function verdictWriteStatement(claimId: number, write: VerdictWrite): Prisma.Sql {
  const { after } = write;
  const event = write.audit(REVISION_ID_MARK);
  const eventAfter = serialiseSnapshot(event.after) ?? '';
  if (eventAfter.split(MARKED).length !== 2) {
    throw new Error('A verdict audit snapshot must carry its revisionId once.');
  }
  const now = new Date();
  return Prisma.sql`
    WITH "claim" AS (
      UPDATE "Claim" SET "verdict" = ${after.verdict}, "verdictRank" = ${write.verdictRank},
        "confidence" = ${after.confidence}, "rationale" = ${after.rationale},
        "updatedById" = ${write.actorId}, "updatedAt" = ${after.updatedAt},
        "version" = ${after.version}
      WHERE "id" = ${claimId} AND "version" = ${after.version - 1} AND "deletedAt" IS NULL
      RETURNING "id"
    ), "revision" AS (
      INSERT INTO "VerdictRevision"
        ("claimId", "verdict", "confidence", "rationale", "createdAt", "createdById",
         "overrideReason")
      SELECT "claim"."id", ${after.verdict}::text, ${after.confidence}::text,
        ${after.rationale}::text, ${now}::timestamptz, ${write.actorId}::text,
        ${write.overrideReason}::text
      FROM "claim"
      RETURNING "id"
    ), "event" AS (
      INSERT INTO "AuditEvent" ("at", "actorId", "action", "entityType", "entityId", "before", "after")
      SELECT ${now}::timestamptz, ${event.actorId}::text, ${event.action}::text,
        ${event.entityType}::text, ${String(event.entityId)}::text,
        ${serialiseSnapshot(event.before)}::text,
        replace(${eventAfter}::text, ${MARKED}::text, '"revisionId":' || "revision"."id")
      FROM "revision"
      RETURNING "id"
    )
    SELECT "revision"."id" FROM "revision" CROSS JOIN "event"`;
}

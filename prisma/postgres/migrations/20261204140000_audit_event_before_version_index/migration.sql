-- Finds the audit event that moved a claim on from the version an editor's form loaded (the
-- `before` snapshot holding that version), read by every stale save's conflict answer or merge
-- (lib/db/edit-trail-sql.ts), with one index probe. Before, PostgreSQL (no statistics on a new
-- or busy table, and a generic plan for the prepared statement) read every event of the claim
-- through a bitmap scan, matched each one's JSON text with LIKE and sorted them, three times per
-- statement: at 861 events of one claim 1.3-16 ms a statement, growing with the claim's history,
-- the largest part of the server's CPU when 20 editors saved 3 claims (editors bench, phase b).
--
-- The key is the version as the snapshot's JSON text writes it (serialiseSnapshot: compact
-- JSON; a quote inside a string value is escaped, so `"version":` can only be a key), read with
-- a regular expression that never fails on any text (a cast to jsonb would make a malformed
-- snapshot refuse the insert). It only locates: the query still checks the parsed JSON field.
-- With (at, id) after it, the newest such event is the first entry read, so the planner takes
-- this index with or without statistics (version alone left it walking the (at, id) index).
-- Hand-written: Prisma cannot express an index on an expression (prisma/schema.prisma says so
-- at the model). The query writes the same expression (lib/db/postgres/dialect.ts).
CREATE INDEX "AuditEvent_entityType_entityId_before_version_idx" ON "AuditEvent"
  ("entityType", "entityId", (substring("before" from '"version":(-?[0-9]+)')), "at", "id");

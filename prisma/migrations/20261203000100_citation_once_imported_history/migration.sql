-- Issue 11, items 2 and 12.
--
-- 1. Imported verdict history (lib/import): a revision an admin imports from another desk's file
--    keeps the file's date as its own ("recorded elsewhere") and is marked with when, and by
--    whom, it was imported here. Revisions written here have both NULL.

-- AlterTable
ALTER TABLE "VerdictRevision" ADD COLUMN "importedAt" DATETIME;
ALTER TABLE "VerdictRevision" ADD COLUMN "importedById" TEXT;

-- 2. A source is cited at most once per claim among live citations (a second citation of it on
--    another side made one source count as evidence twice). lib/citations/citation-rules.ts is
--    the rule; the partial unique index below is the database's backstop.
--
--    A database may already hold duplicates. Of each claim's live citations of one source, the
--    oldest (createdAt, then id) is kept; the later ones are soft-deleted (deletedAt set, never
--    a hard delete: the rows, their quotes and their audit trail stay), each with an audit event
--    `citation.remove` without an actor that names the citation kept. The triggers of
--    20261126000500_claim_export_text and 20261126000100_claim_search fire on these updates, so
--    the claims' stored export text is marked stale and their search text drops the quotes.

INSERT INTO "AuditEvent" ("at", "actorId", "action", "entityType", "entityId", "before", "after")
SELECT
    strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), NULL, 'citation.remove', 'citation', CAST(c."id" AS TEXT),
    json_object(
        'id', c."id", 'claimId', c."claimId", 'sourceId', c."sourceId", 'stance', c."stance",
        'quote', c."quote", 'locator', c."locator", 'deletedAt', NULL,
        'updatedAt', strftime('%Y-%m-%dT%H:%M:%fZ', c."updatedAt")),
    json_object(
        'id', c."id", 'claimId', c."claimId", 'sourceId', c."sourceId", 'stance', c."stance",
        'quote', c."quote", 'locator', c."locator",
        'deletedAt', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        'updatedAt', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        'removedAsDuplicateOf', (
            SELECT k."id" FROM "Citation" k
            WHERE k."claimId" = c."claimId" AND k."sourceId" = c."sourceId" AND k."deletedAt" IS NULL
            ORDER BY julianday(k."createdAt"), k."id" LIMIT 1))
FROM "Citation" c
WHERE c."deletedAt" IS NULL
  AND c."id" <> (
    SELECT k."id" FROM "Citation" k
    WHERE k."claimId" = c."claimId" AND k."sourceId" = c."sourceId" AND k."deletedAt" IS NULL
    ORDER BY julianday(k."createdAt"), k."id" LIMIT 1);

UPDATE "Citation"
SET "deletedAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'),
    "updatedAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'),
    "updatedById" = NULL
WHERE "deletedAt" IS NULL
  AND "id" <> (
    SELECT k."id" FROM "Citation" k
    WHERE k."claimId" = "Citation"."claimId" AND k."sourceId" = "Citation"."sourceId"
      AND k."deletedAt" IS NULL
    ORDER BY julianday(k."createdAt"), k."id" LIMIT 1);

CREATE UNIQUE INDEX "Citation_claimId_sourceId_live_key" ON "Citation"("claimId", "sourceId")
WHERE "deletedAt" IS NULL;

-- The import's bulk inserts skip the per-row index triggers; the import indexes its new claims
-- in a few set-based statements instead, in the same transaction (lib/db/sqlite/import-writes.ts).
--
-- Why: fired per row, the search index (claim_fts: a claim's row, then its quotes rebuilt once
-- per citation), the export text's stale marks and the content version's bump cost 4.3 of the
-- 5.1 s an import of 10,000 claims held SQLite's write lock; set-based, the same results take a
-- fraction of a second, so other users' saves wait much less for the lock.
--
-- The marker: an "AppMeta" row with the key 'import.bulkInsert', written by the import inside its
-- own write transaction and deleted before the set-based statements run, so it is never
-- committed and no other connection ever sees it (a trigger of the main schema cannot read a TEMP
-- table). Only the INSERT triggers of the tables the import fills in bulk check it; every update
-- and delete, and every other writer, fires the triggers as before. The check is one primary-key
-- lookup in a table of a row or two.

DROP TRIGGER "claim_fts_claim_insert";
CREATE TRIGGER "claim_fts_claim_insert" AFTER INSERT ON "Claim"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'import.bulkInsert') BEGIN
    INSERT INTO "claim_fts" (rowid, statement, title, context, claimant, quotes)
    VALUES (new."id", new."statement", coalesce(new."title", ''), new."context",
            (SELECT "name" FROM "Claimant" WHERE "id" = new."claimantId"), '');
END;

DROP TRIGGER "claim_fts_citation_insert";
CREATE TRIGGER "claim_fts_citation_insert" AFTER INSERT ON "Citation"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'import.bulkInsert') BEGIN
    UPDATE "claim_fts"
    SET quotes = coalesce((SELECT group_concat("quote", ' ') FROM "Citation"
                           WHERE "claimId" = new."claimId" AND "deletedAt" IS NULL), '')
    WHERE rowid = new."claimId";
END;

DROP TRIGGER "claim_export_text_claim_insert";
CREATE TRIGGER "claim_export_text_claim_insert" AFTER INSERT ON "Claim"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'import.bulkInsert') BEGIN
    INSERT INTO "ClaimExportText" ("claimId") VALUES (new."id")
    ON CONFLICT ("claimId") DO UPDATE
    SET "stamp" = "stamp" + 1, "key" = NULL, "csv" = NULL, "json" = NULL;
END;

DROP TRIGGER "claim_export_text_citation_insert";
CREATE TRIGGER "claim_export_text_citation_insert" AFTER INSERT ON "Citation"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'import.bulkInsert') BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") VALUES (new."claimId");
END;

DROP TRIGGER "claim_export_text_claim_tag_insert";
CREATE TRIGGER "claim_export_text_claim_tag_insert" AFTER INSERT ON "ClaimTag"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'import.bulkInsert') BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") VALUES (new."claimId");
END;

DROP TRIGGER "claim_export_text_revision_insert";
CREATE TRIGGER "claim_export_text_revision_insert" AFTER INSERT ON "VerdictRevision"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'import.bulkInsert') BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") VALUES (new."claimId");
END;

DROP TRIGGER "Claim_content_version_insert";
CREATE TRIGGER "Claim_content_version_insert" AFTER INSERT ON "Claim"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'import.bulkInsert') BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

DROP TRIGGER "Source_content_version_insert";
CREATE TRIGGER "Source_content_version_insert" AFTER INSERT ON "Source"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'import.bulkInsert') BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

DROP TRIGGER "Citation_content_version_insert";
CREATE TRIGGER "Citation_content_version_insert" AFTER INSERT ON "Citation"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'import.bulkInsert') BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

DROP TRIGGER "ClaimTag_content_version_insert";
CREATE TRIGGER "ClaimTag_content_version_insert" AFTER INSERT ON "ClaimTag"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'import.bulkInsert') BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

DROP TRIGGER "VerdictRevision_content_version_insert";
CREATE TRIGGER "VerdictRevision_content_version_insert" AFTER INSERT ON "VerdictRevision"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'import.bulkInsert') BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

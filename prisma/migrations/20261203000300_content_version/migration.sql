-- The content version the page cache checks before answering from memory
-- (lib/db/sqlite/content-version.ts): every write to what a reader page shows adds 1, in the
-- writing transaction, so a page cached by any server process is never served after it.
-- Sessions, rate limits, sign-in failures, stored export text and the audit log do not move it
-- (SQLite's PRAGMA data_version, used before, moved with every one of them). SQLite has one
-- writer at a time, so one slot is enough; the table has the PostgreSQL one's shape.

-- CreateTable
CREATE TABLE "ContentVersion" (
    "slot" INTEGER NOT NULL PRIMARY KEY,
    "version" BIGINT NOT NULL DEFAULT 0
);

INSERT INTO "ContentVersion" ("slot", "version") VALUES (0, 0);

CREATE TRIGGER "Claim_content_version_insert" AFTER INSERT ON "Claim" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Claim_content_version_update" AFTER UPDATE ON "Claim" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Claim_content_version_delete" AFTER DELETE ON "Claim" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Claimant_content_version_insert" AFTER INSERT ON "Claimant" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Claimant_content_version_update" AFTER UPDATE ON "Claimant" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Claimant_content_version_delete" AFTER DELETE ON "Claimant" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Publisher_content_version_insert" AFTER INSERT ON "Publisher" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Publisher_content_version_update" AFTER UPDATE ON "Publisher" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Publisher_content_version_delete" AFTER DELETE ON "Publisher" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Source_content_version_insert" AFTER INSERT ON "Source" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Source_content_version_update" AFTER UPDATE ON "Source" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Source_content_version_delete" AFTER DELETE ON "Source" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Citation_content_version_insert" AFTER INSERT ON "Citation" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Citation_content_version_update" AFTER UPDATE ON "Citation" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Citation_content_version_delete" AFTER DELETE ON "Citation" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Tag_content_version_insert" AFTER INSERT ON "Tag" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Tag_content_version_update" AFTER UPDATE ON "Tag" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Tag_content_version_delete" AFTER DELETE ON "Tag" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "ClaimTag_content_version_insert" AFTER INSERT ON "ClaimTag" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "ClaimTag_content_version_update" AFTER UPDATE ON "ClaimTag" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "ClaimTag_content_version_delete" AFTER DELETE ON "ClaimTag" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "VerdictRevision_content_version_insert" AFTER INSERT ON "VerdictRevision" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "VerdictRevision_content_version_update" AFTER UPDATE ON "VerdictRevision" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "VerdictRevision_content_version_delete" AFTER DELETE ON "VerdictRevision" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "AppMeta_content_version_insert" AFTER INSERT ON "AppMeta" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "AppMeta_content_version_update" AFTER UPDATE ON "AppMeta" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "AppMeta_content_version_delete" AFTER DELETE ON "AppMeta" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

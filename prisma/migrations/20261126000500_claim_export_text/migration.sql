-- Claims' export text (lib/export/export-texts.ts): each claim's CSV line and JSON element as
-- the exports write them, so an export streams stored text instead of assembling every record
-- from five tables (~100 µs a claim on the bench machine; the stored text ~10 µs).
--
-- A cache that must never serve stale text. Every claim has a row (made with the claim, by the
-- trigger below; the claims that exist get theirs here). Whatever changes what a claim's record
-- holds — the claim itself, its claimant, its citations, their sources and those sources'
-- publishers, its tags, its verdict history — fires a trigger in the same transaction that adds
-- one to the row's "stamp" and clears its text. The export renders a claim whose text is missing
-- and stores it with `UPDATE … WHERE "stamp" = <the stamp read before the claim was read>`: a
-- change committed in between has moved the stamp, and the text rendered from the older state is
-- not stored. Triggers live in the database, so every writer is covered: the app's Prisma and
-- direct connections, the import, the seed, scripts/synth and any hand-written SQL.
--
-- Updates fire on any column: cheaper to re-render a claim now and then than to miss a column
-- the record starts to carry later. What "stale" means is written once, in the
-- claim_export_text_stale view's trigger; the others say which claims a change touches.

-- CreateTable
CREATE TABLE "ClaimExportText" (
    "claimId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "stamp" INTEGER NOT NULL DEFAULT 0,
    "key" TEXT,
    "csv" TEXT,
    "json" TEXT
);

INSERT INTO "ClaimExportText" ("claimId") SELECT "id" FROM "Claim";

-- The one place that says what "this claim's text is stale" means. The triggers below insert the
-- claims a change touches into this view; its INSTEAD OF trigger moves each one's stamp and
-- clears its text (a column added to the table is cleared here, once).
CREATE VIEW "claim_export_text_stale" AS SELECT "claimId" FROM "ClaimExportText" WHERE 0;

CREATE TRIGGER "claim_export_text_mark_stale"
INSTEAD OF INSERT ON "claim_export_text_stale" BEGIN
    UPDATE "ClaimExportText" SET "stamp" = "stamp" + 1, "key" = NULL, "csv" = NULL, "json" = NULL
    WHERE "claimId" = new."claimId";
END;

-- A new claim gets its row. An id can come back (the import writes the ids of the file it
-- reads): a row left from an earlier claim of that id is reset, never reused (the clearing of
-- claim_export_text_mark_stale, written into the upsert so a bulk load makes each row with one
-- statement).
CREATE TRIGGER "claim_export_text_claim_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "ClaimExportText" ("claimId") VALUES (new."id")
    ON CONFLICT ("claimId") DO UPDATE
    SET "stamp" = "stamp" + 1, "key" = NULL, "csv" = NULL, "json" = NULL;
END;

CREATE TRIGGER "claim_export_text_claim_update" AFTER UPDATE ON "Claim" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") SELECT old."id" UNION SELECT new."id";
END;

CREATE TRIGGER "claim_export_text_claim_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "ClaimExportText" WHERE "claimId" = old."id";
END;

CREATE TRIGGER "claim_export_text_claimant_update" AFTER UPDATE ON "Claimant" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId")
    SELECT "id" FROM "Claim" WHERE "claimantId" IN (old."id", new."id");
END;

CREATE TRIGGER "claim_export_text_citation_insert" AFTER INSERT ON "Citation" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") VALUES (new."claimId");
END;

CREATE TRIGGER "claim_export_text_citation_update" AFTER UPDATE ON "Citation" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") SELECT old."claimId" UNION SELECT new."claimId";
END;

CREATE TRIGGER "claim_export_text_citation_delete" AFTER DELETE ON "Citation" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") VALUES (old."claimId");
END;

-- A source is shared by many claims: every claim citing it (deleted citations too — cheaper
-- than deciding which the record shows).
CREATE TRIGGER "claim_export_text_source_update" AFTER UPDATE ON "Source" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId")
    SELECT DISTINCT "claimId" FROM "Citation" WHERE "sourceId" IN (old."id", new."id");
END;

CREATE TRIGGER "claim_export_text_publisher_update" AFTER UPDATE ON "Publisher" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId")
    SELECT DISTINCT ci."claimId" FROM "Citation" ci
    JOIN "Source" s ON s."id" = ci."sourceId"
    WHERE s."publisherId" IN (old."id", new."id");
END;

CREATE TRIGGER "claim_export_text_tag_update" AFTER UPDATE ON "Tag" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId")
    SELECT "claimId" FROM "ClaimTag" WHERE "tagId" IN (old."id", new."id");
END;

CREATE TRIGGER "claim_export_text_claim_tag_insert" AFTER INSERT ON "ClaimTag" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") VALUES (new."claimId");
END;

CREATE TRIGGER "claim_export_text_claim_tag_update" AFTER UPDATE ON "ClaimTag" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") SELECT old."claimId" UNION SELECT new."claimId";
END;

CREATE TRIGGER "claim_export_text_claim_tag_delete" AFTER DELETE ON "ClaimTag" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") VALUES (old."claimId");
END;

CREATE TRIGGER "claim_export_text_revision_insert" AFTER INSERT ON "VerdictRevision" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") VALUES (new."claimId");
END;

CREATE TRIGGER "claim_export_text_revision_update" AFTER UPDATE ON "VerdictRevision" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") SELECT old."claimId" UNION SELECT new."claimId";
END;

CREATE TRIGGER "claim_export_text_revision_delete" AFTER DELETE ON "VerdictRevision" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") VALUES (old."claimId");
END;

-- Claims' export text (lib/export/export-texts.ts, lib/db/export-text-store.ts): the triggers
-- that keep ClaimExportText from ever serving stale text, as SQLite's migration
-- 20261126000500_claim_export_text has them (its header says the scheme). Every claim has a row,
-- made with the claim. Whatever changes what a claim's record holds — the claim, its claimant,
-- its citations, their sources and those sources' publishers, its tags, its verdict history —
-- adds one to the row's "stamp" and clears its text in the same transaction; an export stores a
-- text only `WHERE "stamp" = <the stamp read before the claim was read>`.
--
-- Statement-level triggers with transition tables: the import writes claims, citations, tags and
-- revisions with multi-row INSERTs (createMany), and one trigger call per statement marks the
-- whole batch with one UPDATE, where row-level triggers ran one UPDATE per row. Measured on the
-- 2-core machine, 5,000 claims with 10,000 claim tags, 15,000 citations and 5,000 revisions in
-- multi-row INSERTs, one transaction: 1.7-2.1 s without these triggers, 1.5-2.4 s with them,
-- 5.1-6.5 s with row-level ones.

-- The one place that says what "these claims' text is stale" means: stamp moved, text cleared
-- (a column added to the table is cleared here, once). Rows locked in claim order (the primary
-- key's), so two writers marking overlapping claims do not deadlock on this table.
CREATE FUNCTION "claim_export_text_mark_stale"(claim_ids integer[]) RETURNS void
LANGUAGE sql AS $$
    UPDATE "ClaimExportText"
    SET "stamp" = "stamp" + 1, "key" = NULL, "csv" = NULL, "json" = NULL
    WHERE "claimId" = ANY (claim_ids)
$$;

INSERT INTO "ClaimExportText" ("claimId") SELECT "id" FROM "Claim" ON CONFLICT DO NOTHING;

-- A claim's JSON text (~3 KB) is compressed when stored; every repeat export decompresses it.
-- lz4 did that measurably faster than the default pglz (500-claim pages of stored JSON read ~25%
-- faster at 100k claims). A server built without lz4 keeps pglz: the same text, a little slower.
DO $$
BEGIN
    ALTER TABLE "ClaimExportText"
        ALTER COLUMN "csv" SET COMPRESSION lz4, ALTER COLUMN "json" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    NULL;
END $$;

-- A new claim gets its row. An id can come back (the import writes the ids of the file it
-- reads): a row left from an earlier claim of that id is reset, never reused.
CREATE FUNCTION "claim_export_text_claim_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "ClaimExportText" ("claimId") SELECT "id" FROM new_rows
        ON CONFLICT ("claimId") DO UPDATE
        SET "stamp" = "ClaimExportText"."stamp" + 1, "key" = NULL, "csv" = NULL, "json" = NULL;
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM "claim_export_text_mark_stale"(
            ARRAY(SELECT "id" FROM old_rows UNION SELECT "id" FROM new_rows));
    ELSE
        DELETE FROM "ClaimExportText" WHERE "claimId" IN (SELECT "id" FROM old_rows);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_export_text_claim_insert" AFTER INSERT ON "Claim"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_changed"();
-- Any column: cheaper to re-render a claim now and then than to miss a column the record
-- starts to carry later.
CREATE TRIGGER "claim_export_text_claim_update" AFTER UPDATE ON "Claim"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_changed"();
CREATE TRIGGER "claim_export_text_claim_delete" AFTER DELETE ON "Claim"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_changed"();

-- Rows that belong to one claim ("claimId"): citations, claim tags, verdict revisions. (Verdict
-- revisions are append-only — the init migration refuses UPDATE and DELETE — so only their
-- INSERT can fire; the others are kept as SQLite has them, should that rule ever change.)
CREATE FUNCTION "claim_export_text_claim_row_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "claim_export_text_mark_stale"(ARRAY(SELECT DISTINCT "claimId" FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM "claim_export_text_mark_stale"(
            ARRAY(SELECT "claimId" FROM old_rows UNION SELECT "claimId" FROM new_rows));
    ELSE
        PERFORM "claim_export_text_mark_stale"(ARRAY(SELECT DISTINCT "claimId" FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_export_text_citation_insert" AFTER INSERT ON "Citation"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_row_changed"();
CREATE TRIGGER "claim_export_text_citation_update" AFTER UPDATE ON "Citation"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_row_changed"();
CREATE TRIGGER "claim_export_text_citation_delete" AFTER DELETE ON "Citation"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_row_changed"();

CREATE TRIGGER "claim_export_text_claim_tag_insert" AFTER INSERT ON "ClaimTag"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_row_changed"();
CREATE TRIGGER "claim_export_text_claim_tag_update" AFTER UPDATE ON "ClaimTag"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_row_changed"();
CREATE TRIGGER "claim_export_text_claim_tag_delete" AFTER DELETE ON "ClaimTag"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_row_changed"();

CREATE TRIGGER "claim_export_text_revision_insert" AFTER INSERT ON "VerdictRevision"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_row_changed"();
CREATE TRIGGER "claim_export_text_revision_update" AFTER UPDATE ON "VerdictRevision"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_row_changed"();
CREATE TRIGGER "claim_export_text_revision_delete" AFTER DELETE ON "VerdictRevision"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_row_changed"();

-- Rows many claims share: every claim that names them. A source: every claim citing it (deleted
-- citations too — cheaper than deciding which the record shows); a publisher: every claim citing
-- one of its sources. Inserting a claimant, source, publisher or tag changes no claim's record
-- (a claim that names it is inserted or updated after), and deleting one that a claim names is
-- refused by the foreign keys or reaches the claim's own rows, whose triggers mark it.
CREATE FUNCTION "claim_export_text_shared_row_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'Claimant' THEN
        PERFORM "claim_export_text_mark_stale"(ARRAY(
            SELECT c."id" FROM "Claim" c
            WHERE c."claimantId" IN (SELECT "id" FROM old_rows UNION SELECT "id" FROM new_rows)));
    ELSIF TG_TABLE_NAME = 'Source' THEN
        PERFORM "claim_export_text_mark_stale"(ARRAY(
            SELECT DISTINCT ci."claimId" FROM "Citation" ci
            WHERE ci."sourceId" IN (SELECT "id" FROM old_rows UNION SELECT "id" FROM new_rows)));
    ELSIF TG_TABLE_NAME = 'Publisher' THEN
        PERFORM "claim_export_text_mark_stale"(ARRAY(
            SELECT DISTINCT ci."claimId" FROM "Citation" ci
            JOIN "Source" s ON s."id" = ci."sourceId"
            WHERE s."publisherId" IN (SELECT "id" FROM old_rows UNION SELECT "id" FROM new_rows)));
    ELSIF TG_TABLE_NAME = 'Tag' THEN
        PERFORM "claim_export_text_mark_stale"(ARRAY(
            SELECT DISTINCT ct."claimId" FROM "ClaimTag" ct
            WHERE ct."tagId" IN (SELECT "id" FROM old_rows UNION SELECT "id" FROM new_rows)));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_export_text_claimant_update" AFTER UPDATE ON "Claimant"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_shared_row_changed"();
CREATE TRIGGER "claim_export_text_source_update" AFTER UPDATE ON "Source"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_shared_row_changed"();
CREATE TRIGGER "claim_export_text_publisher_update" AFTER UPDATE ON "Publisher"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_shared_row_changed"();
CREATE TRIGGER "claim_export_text_tag_update" AFTER UPDATE ON "Tag"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_shared_row_changed"();

-- The import's bulk inserts skip the insert triggers of the search index and the export text;
-- the import refreshes both for its new claims once, at the end of its writes, in the same
-- transaction (lib/db/postgres/import-writes.ts).
--
-- Why: the triggers fire once per statement, but the import writes each batch of new claims in
-- four statements (claims, tags, citations, verdict revisions), and each one rewrote the same
-- claims' rows: ClaimSearch three times (its tsvector computed twice, GIN entries written three
-- times), ClaimExportText four times. Refreshed once, each claim's rows are written once.
--
-- The marker: the transaction-local setting claimtrack.bulk_insert = 'on', set by the import in
-- its own transaction only (and reset before its refresh), so no other transaction is affected.
-- Only the INSERT branches check it; updates and deletes fire as before.

CREATE OR REPLACE FUNCTION claim_search_claim_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('claimtrack.bulk_insert', true) = 'on' THEN
        RETURN NULL;
    END IF;
    PERFORM claim_search_refresh(array(SELECT "id" FROM new_rows));
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION claim_search_citation_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('claimtrack.bulk_insert', true) = 'on' THEN
        RETURN NULL;
    END IF;
    PERFORM claim_search_refresh(array(
        SELECT DISTINCT "claimId" FROM new_rows WHERE "deletedAt" IS NULL));
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION claim_search_tags_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF current_setting('claimtrack.bulk_insert', true) = 'on' THEN
            RETURN NULL;
        END IF;
        UPDATE "ClaimSearch" s SET "tagIds" = claim_search_tag_ids(s."id")
        WHERE s."id" IN (SELECT "claimId" FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE "ClaimSearch" s SET "tagIds" = claim_search_tag_ids(s."id")
        WHERE s."id" IN (SELECT "claimId" FROM old_rows);
    ELSE
        UPDATE "ClaimSearch" s SET "tagIds" = claim_search_tag_ids(s."id")
        WHERE s."id" IN (SELECT "claimId" FROM new_rows UNION SELECT "claimId" FROM old_rows);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "claim_export_text_claim_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF current_setting('claimtrack.bulk_insert', true) = 'on' THEN
            RETURN NULL;
        END IF;
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

CREATE OR REPLACE FUNCTION "claim_export_text_claim_row_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF current_setting('claimtrack.bulk_insert', true) = 'on' THEN
            RETURN NULL;
        END IF;
        PERFORM "claim_export_text_mark_stale"(ARRAY(SELECT DISTINCT "claimId" FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM "claim_export_text_mark_stale"(
            ARRAY(SELECT "claimId" FROM old_rows UNION SELECT "claimId" FROM new_rows));
    ELSE
        PERFORM "claim_export_text_mark_stale"(ARRAY(SELECT DISTINCT "claimId" FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

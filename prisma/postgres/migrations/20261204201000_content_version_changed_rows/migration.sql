-- A statement that changed no row of Claim or VerdictRevision no longer does any trigger work.
-- Statement triggers fire even when their statement matched nothing, and the verdict save that
-- lost a race (lib/db/postgres/verdict-write-sql.ts: its guarded UPDATE matches no row, so its
-- INSERTs insert none) still bumped a content version slot — a transaction id, a row update and
-- a WAL flush at commit for a save that wrote nothing, and every server's page cache emptied
-- for nothing — and ran the export text and search triggers on empty transition tables. In the
-- editors bench (20 editors on 3 claims) ~2 in 5 answered saves are such a write; measured with
-- pgbench on the 2-core machine, one such statement: 0.50-0.67 ms before, 0.16-0.18 ms after.
--
-- The content version: only these two tables, which already keep transition tables for every
-- event (the export text triggers), so knowing whether rows changed costs nothing more there; on
-- the other content tables a transition table would copy every row a bulk write touches.
-- TRUNCATE has no rows to look at and still bumps unconditionally. The names keep the
-- `_content_version` suffix the content-version bench finds the triggers by
-- (bench/content-version.ts).

CREATE FUNCTION "content_version_bump_if_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT FROM changed_rows) THEN
        PERFORM "content_version_bump_once"();
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    content_table text;
BEGIN
    FOREACH content_table IN ARRAY ARRAY['Claim', 'VerdictRevision'] LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', content_table || '_content_version', content_table);
        EXECUTE format(
            'CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump_if_changed"()',
            content_table || '_insert_content_version', content_table);
        EXECUTE format(
            'CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump_if_changed"()',
            content_table || '_update_content_version', content_table);
        EXECUTE format(
            'CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump_if_changed"()',
            content_table || '_delete_content_version', content_table);
        EXECUTE format(
            'CREATE TRIGGER %I AFTER TRUNCATE ON %I '
            'FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"()',
            content_table || '_content_version', content_table);
    END LOOP;
END
$$;

-- The claim's export text and search row: an UPDATE of no claim returns at once (the functions
-- as migrations 20261203200100 and 20261203230100 left them, plus that first test).
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
        IF NOT EXISTS (SELECT FROM new_rows) THEN
            RETURN NULL;
        END IF;
        PERFORM "claim_export_text_mark_stale"(
            ARRAY(SELECT "id" FROM old_rows UNION SELECT "id" FROM new_rows));
    ELSE
        DELETE FROM "ClaimExportText" WHERE "claimId" IN (SELECT "id" FROM old_rows);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION claim_search_claim_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed integer[];
BEGIN
    IF NOT EXISTS (SELECT FROM new_rows) THEN
        RETURN NULL;
    END IF;
    UPDATE "ClaimSearch" s SET
        "status" = n."status", "deletedAt" = n."deletedAt", "createdAt" = n."createdAt",
        "updatedAt" = n."updatedAt", "verdict" = n."verdict", "verdictRank" = n."verdictRank",
        "confidence" = n."confidence", "claimantId" = n."claimantId"
    FROM new_rows n WHERE s."id" = n."id";
    changed := array(
        SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
        WHERE n."statement" IS DISTINCT FROM o."statement"
           OR n."title" IS DISTINCT FROM o."title"
           OR n."context" IS DISTINCT FROM o."context"
           OR n."claimantId" IS DISTINCT FROM o."claimantId");
    IF cardinality(changed) > 0 THEN
        PERFORM claim_search_refresh(changed);
    END IF;
    RETURN NULL;
END $$;

-- A verdict revision INSERT of no row (the lost save's) returns at once.
CREATE OR REPLACE FUNCTION "claim_export_text_claim_row_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF current_setting('claimtrack.bulk_insert', true) = 'on' THEN
            RETURN NULL;
        END IF;
        IF NOT EXISTS (SELECT FROM new_rows) THEN
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

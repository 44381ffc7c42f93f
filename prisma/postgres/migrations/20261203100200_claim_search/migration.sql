-- Full-text search over claims (PostgreSQL twin of SQLite's claim_fts, prisma/migrations/
-- 20261126000100_claim_search). Hand-written: Prisma has no full-text API; lib/db/postgres/
-- search*.ts is the only code that reads it.
--
-- One row per claim holding its searchable text as a tsvector (statement, title, claimant's
-- name, context and the quotes of its live citations, weighted in that order of importance)
-- AND the claim's columns the list filters and sorts on (status, deletedAt, dates, verdict,
-- confidence, claimant): a search reads this table alone, without joining "Claim" for
-- visibility (measured at 100k claims: "russia" count + first page 240 ms joined, 85 ms not).

CREATE EXTENSION IF NOT EXISTS unaccent;

-- Matches what FTS5's `porter unicode61 remove_diacritics 2` matches: accents folded, English
-- stems, and no stop words (FTS5 has none: "the" or "not" must find what they find there).
-- The snowball dictionary without a StopWords file keeps every word.
CREATE TEXT SEARCH DICTIONARY claim_search_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION claim_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION claim_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part,
        numword, numhword, hword_numpart, int, uint, float, sfloat, version
    WITH unaccent, claim_search_stem;

-- FTS5's unicode61 splits words at every character that is not a letter or digit; PostgreSQL's
-- parser keeps some runs whole (URLs, e-mail addresses, file paths, "3.5", "a-b" as one more
-- token): punctuation becomes a space first, so "example" finds "https://example.org/x" on both.
CREATE FUNCTION claim_search_words(body text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT translate(body,
        '!"#$%&''()*+,-./:;<=>?@[\]^_`{|}~‘’‚“”„–—…«»‹›·•¡¿',
        '                                                 ')
$$;

CREATE FUNCTION claim_search_document(
    statement text, title text, claimant text, context text, quotes text
) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('claim_search', claim_search_words(statement)), 'A')
        || setweight(to_tsvector('claim_search', claim_search_words(title)), 'B')
        || setweight(to_tsvector('claim_search', claim_search_words(claimant)), 'C')
        || setweight(to_tsvector('claim_search', claim_search_words(context || ' ' || quotes)), 'D')
$$;

CREATE TABLE "ClaimSearch" (
    "id" INTEGER NOT NULL PRIMARY KEY REFERENCES "Claim"("id") ON DELETE CASCADE,
    "status" TEXT NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "verdict" TEXT NOT NULL,
    "verdictRank" INTEGER NOT NULL,
    "confidence" TEXT NOT NULL,
    "claimantId" INTEGER NOT NULL,
    "document" TSVECTOR NOT NULL
);
CREATE INDEX "ClaimSearch_document_idx" ON "ClaimSearch" USING gin ("document");

-- (Re)writes the search rows of `ids` from the claims, their claimants and live citations.
CREATE FUNCTION claim_search_refresh(ids integer[]) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO "ClaimSearch" AS s ("id", "status", "deletedAt", "createdAt", "updatedAt",
        "verdict", "verdictRank", "confidence", "claimantId", "document")
    SELECT c."id", c."status", c."deletedAt", c."createdAt", c."updatedAt",
        c."verdict", c."verdictRank", c."confidence", c."claimantId",
        claim_search_document(c."statement", coalesce(c."title", ''), cl."name", c."context",
            coalesce((SELECT string_agg(ci."quote", ' ' ORDER BY ci."id") FROM "Citation" ci
                      WHERE ci."claimId" = c."id" AND ci."deletedAt" IS NULL), ''))
    FROM "Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId"
    WHERE c."id" = ANY(ids)
    ON CONFLICT ("id") DO UPDATE SET
        "status" = excluded."status", "deletedAt" = excluded."deletedAt",
        "createdAt" = excluded."createdAt", "updatedAt" = excluded."updatedAt",
        "verdict" = excluded."verdict", "verdictRank" = excluded."verdictRank",
        "confidence" = excluded."confidence", "claimantId" = excluded."claimantId",
        "document" = excluded."document"
$$;

SELECT claim_search_refresh(array(SELECT "id" FROM "Claim"));

-- Statement-level triggers with transition tables: one refresh per statement, whatever the
-- number of rows (an import inserts thousands of claims or citations in one statement).

CREATE FUNCTION claim_search_claim_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_search_refresh(array(SELECT "id" FROM new_rows));
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_search_claim_insert" AFTER INSERT ON "Claim"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_search_claim_insert();

-- A verdict save, publication or deletion changes only columns copied as they are; the
-- document is rebuilt only when its text (or claimant) changed.
CREATE FUNCTION claim_search_claim_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "ClaimSearch" s SET
        "status" = n."status", "deletedAt" = n."deletedAt", "createdAt" = n."createdAt",
        "updatedAt" = n."updatedAt", "verdict" = n."verdict", "verdictRank" = n."verdictRank",
        "confidence" = n."confidence", "claimantId" = n."claimantId"
    FROM new_rows n WHERE s."id" = n."id";
    PERFORM claim_search_refresh(array(
        SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
        WHERE n."statement" IS DISTINCT FROM o."statement"
           OR n."title" IS DISTINCT FROM o."title"
           OR n."context" IS DISTINCT FROM o."context"
           OR n."claimantId" IS DISTINCT FROM o."claimantId"));
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_search_claim_update" AFTER UPDATE ON "Claim"
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_search_claim_update();

CREATE FUNCTION claim_search_claimant_rename() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_search_refresh(array(
        SELECT c."id" FROM "Claim" c
        JOIN new_rows n ON n."id" = c."claimantId"
        JOIN old_rows o ON o."id" = n."id"
        WHERE n."name" IS DISTINCT FROM o."name"));
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_search_claimant_rename" AFTER UPDATE ON "Claimant"
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_search_claimant_rename();

CREATE FUNCTION claim_search_citation_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_search_refresh(array(
        SELECT DISTINCT "claimId" FROM new_rows WHERE "deletedAt" IS NULL));
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_search_citation_insert" AFTER INSERT ON "Citation"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_search_citation_insert();

CREATE FUNCTION claim_search_citation_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_search_refresh(array(
        SELECT n."claimId" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
        WHERE n."quote" IS DISTINCT FROM o."quote"
           OR n."deletedAt" IS DISTINCT FROM o."deletedAt"
           OR n."claimId" IS DISTINCT FROM o."claimId"
        UNION
        SELECT o."claimId" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
        WHERE n."claimId" IS DISTINCT FROM o."claimId"));
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_search_citation_update" AFTER UPDATE ON "Citation"
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_search_citation_update();

CREATE FUNCTION claim_search_citation_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_search_refresh(array(SELECT DISTINCT "claimId" FROM old_rows));
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_search_citation_delete" AFTER DELETE ON "Citation"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_search_citation_delete();

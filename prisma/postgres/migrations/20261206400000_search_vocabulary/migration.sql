-- The search's vocabulary, for "did you mean …?" (lib/search/suggest-search.ts): every word
-- (lexeme, the claim_search stem) the search documents hold, with a trigram index so the words
-- near a misspelt one are found without reading them all (pg_trgm: a trusted extension since
-- PostgreSQL 13). Twin of SQLite's claim_fts_vocab (fts5vocab over its index).
--
-- Kept by triggers on "ClaimSearch" itself, so every path that writes a search document (the
-- claim/citation/claimant triggers' claim_search_refresh, the import's COPY of finished rows)
-- adds its words. Words are only added: a word whose last claim changed stays, and a
-- suggestion is offered only after its corrected search was run and found claims the reader
-- may see (so neither a stale word nor a draft's word is ever suggested).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "ClaimSearchWord" ("word" TEXT NOT NULL PRIMARY KEY);
CREATE INDEX "ClaimSearchWord_word_trgm_idx" ON "ClaimSearchWord" USING gin ("word" gin_trgm_ops);

-- Sorted, so two writers adding the same new words take their index locks in one order.
CREATE FUNCTION claim_search_words_added() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "ClaimSearchWord" ("word")
        SELECT DISTINCT w FROM new_rows n, unnest(tsvector_to_array(n."document")) AS w
        WHERE length(w) BETWEEN 3 AND 64 ORDER BY w
        ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO "ClaimSearchWord" ("word")
        SELECT DISTINCT w FROM new_rows n JOIN old_rows o ON o."id" = n."id",
            unnest(tsvector_to_array(n."document")) AS w
        WHERE n."document" IS DISTINCT FROM o."document" AND length(w) BETWEEN 3 AND 64
        ORDER BY w
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_search_words_insert" AFTER INSERT ON "ClaimSearch"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_search_words_added();
CREATE TRIGGER "claim_search_words_update" AFTER UPDATE ON "ClaimSearch"
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claim_search_words_added();

-- The words of the claims already indexed.
INSERT INTO "ClaimSearchWord" ("word")
SELECT DISTINCT w FROM "ClaimSearch", unnest(tsvector_to_array("document")) AS w
WHERE length(w) BETWEEN 3 AND 64
ON CONFLICT DO NOTHING;

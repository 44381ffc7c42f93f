-- The source search's vocabulary, for "did you mean …?" on /sources (lib/search/suggest-search.ts):
-- every word (claim_search stem) of the "SourceSearch" documents, with a trigram index, kept by
-- triggers on "SourceSearch" itself: the twin of "ClaimSearchWord" (migration 20261206400000)
-- and of SQLite's source_fts_vocab. Words are only added; a suggestion is offered only after its
-- corrected search found sources a reader may see, so a stale word is never shown.
CREATE TABLE "SourceSearchWord" ("word" TEXT NOT NULL PRIMARY KEY);
CREATE INDEX "SourceSearchWord_word_trgm_idx" ON "SourceSearchWord" USING gin ("word" gin_trgm_ops);

-- Sorted, so two writers adding the same new words take their index locks in one order.
CREATE FUNCTION source_search_words_added() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "SourceSearchWord" ("word")
        SELECT DISTINCT w FROM new_rows n, unnest(tsvector_to_array(n."document")) AS w
        WHERE length(w) BETWEEN 3 AND 64 ORDER BY w
        ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO "SourceSearchWord" ("word")
        SELECT DISTINCT w FROM new_rows n JOIN old_rows o ON o."id" = n."id",
            unnest(tsvector_to_array(n."document")) AS w
        WHERE n."document" IS DISTINCT FROM o."document" AND length(w) BETWEEN 3 AND 64
        ORDER BY w
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "source_search_words_insert" AFTER INSERT ON "SourceSearch"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION source_search_words_added();
CREATE TRIGGER "source_search_words_update" AFTER UPDATE ON "SourceSearch"
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION source_search_words_added();

-- The words of the sources already indexed.
INSERT INTO "SourceSearchWord" ("word")
SELECT DISTINCT w FROM "SourceSearch", unnest(tsvector_to_array("document")) AS w
WHERE length(w) BETWEEN 3 AND 64
ON CONFLICT DO NOTHING;

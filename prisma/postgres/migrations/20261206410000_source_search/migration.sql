-- Full-text search over sources for /sources (lib/sources/find-sources.ts), by the claim
-- search's own rules (lib/search/fts-query.ts) and text search configuration (claim_search):
-- one row per source holding the document of its title, its publisher's name and its URL's
-- host. Twin of SQLite's source_fts (prisma/migrations/20261206410000_source_search).
-- Visibility (not deleted, cited on a published claim) is checked on "Source" at query time.

-- What follows "://" up to the first "/", as SQLite's source_fts triggers read it.
CREATE FUNCTION source_search_host(url text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(substring(url from '://([^/]*)'), '')
$$;

CREATE TABLE "SourceSearch" (
    "id" INTEGER NOT NULL PRIMARY KEY REFERENCES "Source"("id") ON DELETE CASCADE,
    "document" TSVECTOR NOT NULL
);
CREATE INDEX "SourceSearch_document_idx" ON "SourceSearch" USING gin ("document");

CREATE FUNCTION source_search_refresh(ids integer[]) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO "SourceSearch" AS s ("id", "document")
    SELECT so."id",
        to_tsvector('claim_search', claim_search_words(
            so."title" || ' ' || coalesce(p."name", '') || ' ' || source_search_host(so."url")))
    FROM "Source" so LEFT JOIN "Publisher" p ON p."id" = so."publisherId"
    WHERE so."id" = ANY(ids)
    ON CONFLICT ("id") DO UPDATE SET "document" = excluded."document"
$$;

SELECT source_search_refresh(array(SELECT "id" FROM "Source"));

CREATE FUNCTION source_search_source_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM source_search_refresh(array(SELECT "id" FROM new_rows));
    RETURN NULL;
END $$;

CREATE TRIGGER "source_search_source_insert" AFTER INSERT ON "Source"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION source_search_source_insert();

CREATE FUNCTION source_search_source_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM source_search_refresh(array(
        SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
        WHERE n."title" IS DISTINCT FROM o."title"
           OR n."url" IS DISTINCT FROM o."url"
           OR n."publisherId" IS DISTINCT FROM o."publisherId"));
    RETURN NULL;
END $$;

CREATE TRIGGER "source_search_source_update" AFTER UPDATE ON "Source"
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION source_search_source_update();

CREATE FUNCTION source_search_publisher_rename() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM source_search_refresh(array(
        SELECT so."id" FROM "Source" so
        JOIN new_rows n ON n."id" = so."publisherId"
        JOIN old_rows o ON o."id" = n."id"
        WHERE n."name" IS DISTINCT FROM o."name"));
    RETURN NULL;
END $$;

CREATE TRIGGER "source_search_publisher_rename" AFTER UPDATE ON "Publisher"
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION source_search_publisher_rename();

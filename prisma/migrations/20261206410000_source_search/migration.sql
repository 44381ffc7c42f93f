-- Full-text search over sources for /sources (lib/sources/find-sources.ts), by the claim
-- search's own rules (lib/search/fts-query.ts: numbers, word forms, literal words): the same
-- FTS5 tokenizer as claim_fts, one row per source (rowid = Source.id) holding its title, its
-- publisher's name and its URL's host. Visibility (not deleted, cited on a published claim) is
-- checked on "Source" at query time, so publishing a claim needs no re-indexing.
CREATE VIRTUAL TABLE "source_fts" USING fts5(
    title,
    publisher,
    host,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- The host of a stored URL (normalised http(s), lib/sources/normalize-url.ts): what follows
-- "://" up to the first "/" (the PostgreSQL twin, source_search_host, reads the same).
INSERT INTO "source_fts" (rowid, title, publisher, host)
SELECT s."id", s."title", coalesce(p."name", ''),
       CASE WHEN s."url" IS NULL OR instr(s."url", '://') = 0 THEN ''
            ELSE substr(substr(s."url", instr(s."url", '://') + 3), 1,
                        CASE WHEN instr(substr(s."url", instr(s."url", '://') + 3), '/') > 0
                             THEN instr(substr(s."url", instr(s."url", '://') + 3), '/') - 1
                             ELSE length(s."url") END) END
FROM "Source" s LEFT JOIN "Publisher" p ON p."id" = s."publisherId";

CREATE TRIGGER "source_fts_insert" AFTER INSERT ON "Source" BEGIN
    INSERT INTO "source_fts" (rowid, title, publisher, host)
    VALUES (new."id", new."title",
            coalesce((SELECT "name" FROM "Publisher" WHERE "id" = new."publisherId"), ''),
            CASE WHEN new."url" IS NULL OR instr(new."url", '://') = 0 THEN ''
                 ELSE substr(substr(new."url", instr(new."url", '://') + 3), 1,
                        CASE WHEN instr(substr(new."url", instr(new."url", '://') + 3), '/') > 0
                             THEN instr(substr(new."url", instr(new."url", '://') + 3), '/') - 1
                             ELSE length(new."url") END) END);
END;

CREATE TRIGGER "source_fts_update" AFTER UPDATE OF "title", "url", "publisherId" ON "Source" BEGIN
    UPDATE "source_fts"
    SET title = new."title",
        publisher = coalesce((SELECT "name" FROM "Publisher" WHERE "id" = new."publisherId"), ''),
        host = CASE WHEN new."url" IS NULL OR instr(new."url", '://') = 0 THEN ''
                 ELSE substr(substr(new."url", instr(new."url", '://') + 3), 1,
                        CASE WHEN instr(substr(new."url", instr(new."url", '://') + 3), '/') > 0
                             THEN instr(substr(new."url", instr(new."url", '://') + 3), '/') - 1
                             ELSE length(new."url") END) END
    WHERE rowid = new."id";
END;

CREATE TRIGGER "source_fts_delete" AFTER DELETE ON "Source" BEGIN
    DELETE FROM "source_fts" WHERE rowid = old."id";
END;

CREATE TRIGGER "source_fts_publisher_rename" AFTER UPDATE OF "name" ON "Publisher" BEGIN
    UPDATE "source_fts" SET publisher = new."name"
    WHERE rowid IN (SELECT "id" FROM "Source" WHERE "publisherId" = new."id");
END;

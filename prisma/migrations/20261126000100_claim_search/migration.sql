-- Full-text search over claims (SQLite FTS5). Prisma has no FTS API, so this migration is
-- hand-written; lib/search/sqlite-claim-search.ts is the only code that queries it.
--
-- One row per claim (rowid = Claim.id) holding the searchable text drawn from three tables:
-- the claim's statement, title and context, its claimant's name, and the quotes of its live
-- citations. Triggers keep it in sync; visibility (published, not deleted) is filtered by joining
-- Claim at query time, so publishing or deleting needs no re-indexing.
CREATE VIRTUAL TABLE "claim_fts" USING fts5(
    statement,
    title,
    context,
    claimant,
    quotes,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Index the claims that already exist.
INSERT INTO "claim_fts" (rowid, statement, title, context, claimant, quotes)
SELECT c."id", c."statement", coalesce(c."title", ''), c."context", cl."name",
       coalesce((SELECT group_concat(ci."quote", ' ') FROM "Citation" ci
                 WHERE ci."claimId" = c."id" AND ci."deletedAt" IS NULL), '')
FROM "Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId";

CREATE TRIGGER "claim_fts_claim_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "claim_fts" (rowid, statement, title, context, claimant, quotes)
    VALUES (new."id", new."statement", coalesce(new."title", ''), new."context",
            (SELECT "name" FROM "Claimant" WHERE "id" = new."claimantId"), '');
END;

CREATE TRIGGER "claim_fts_claim_update"
AFTER UPDATE OF "statement", "title", "context", "claimantId" ON "Claim" BEGIN
    UPDATE "claim_fts"
    SET statement = new."statement",
        title = coalesce(new."title", ''),
        context = new."context",
        claimant = (SELECT "name" FROM "Claimant" WHERE "id" = new."claimantId")
    WHERE rowid = new."id";
END;

CREATE TRIGGER "claim_fts_claim_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "claim_fts" WHERE rowid = old."id";
END;

CREATE TRIGGER "claim_fts_claimant_rename" AFTER UPDATE OF "name" ON "Claimant" BEGIN
    UPDATE "claim_fts" SET claimant = new."name"
    WHERE rowid IN (SELECT "id" FROM "Claim" WHERE "claimantId" = new."id");
END;

CREATE TRIGGER "claim_fts_citation_insert" AFTER INSERT ON "Citation" BEGIN
    UPDATE "claim_fts"
    SET quotes = coalesce((SELECT group_concat("quote", ' ') FROM "Citation"
                           WHERE "claimId" = new."claimId" AND "deletedAt" IS NULL), '')
    WHERE rowid = new."claimId";
END;

CREATE TRIGGER "claim_fts_citation_update"
AFTER UPDATE OF "quote", "deletedAt", "claimId" ON "Citation" BEGIN
    UPDATE "claim_fts"
    SET quotes = coalesce((SELECT group_concat("quote", ' ') FROM "Citation"
                           WHERE "claimId" = c."id" AND "deletedAt" IS NULL), '')
    FROM (SELECT old."claimId" AS "id" UNION SELECT new."claimId") AS c
    WHERE rowid = c."id";
END;

CREATE TRIGGER "claim_fts_citation_delete" AFTER DELETE ON "Citation" BEGIN
    UPDATE "claim_fts"
    SET quotes = coalesce((SELECT group_concat("quote", ' ') FROM "Citation"
                           WHERE "claimId" = old."claimId" AND "deletedAt" IS NULL), '')
    WHERE rowid = old."claimId";
END;

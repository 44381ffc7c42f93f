-- A verdict save (the desk's most frequent write) changes no searchable text, yet the claim's
-- update trigger called claim_search_refresh with an empty array on every save: a LANGUAGE sql
-- function is planned again on each call (its INSERT … SELECT with joins and ON CONFLICT), about
-- half the trigger's time. It is now called only when some claim's text or claimant changed.

CREATE OR REPLACE FUNCTION claim_search_claim_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed integer[];
BEGIN
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

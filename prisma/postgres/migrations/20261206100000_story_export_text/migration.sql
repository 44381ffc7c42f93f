-- A claim's export record carries its published stories (`stories: [{ slug, title }]`, issue
-- 14), so the claim's stored export text (ClaimExportText, migration 20261203100300) goes stale
-- when it joins or leaves a story, and when a story it is in changes what the record shows:
-- its slug, its title, whether readers see it (status, deletedAt). A story's other writes (its
-- description, its version bump when claims are added or moved) leave its claims' text alone,
-- so adding one claim to a 1,000-claim story re-renders one claim, not a thousand. Membership
-- rows have a "claimId", so claim_export_text_claim_row_changed serves them as it serves tags.

CREATE TRIGGER "claim_export_text_story_claim_insert" AFTER INSERT ON "StoryClaim"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_row_changed"();
CREATE TRIGGER "claim_export_text_story_claim_update" AFTER UPDATE ON "StoryClaim"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_row_changed"();
CREATE TRIGGER "claim_export_text_story_claim_delete" AFTER DELETE ON "StoryClaim"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_claim_row_changed"();

CREATE FUNCTION "claim_export_text_story_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "claim_export_text_mark_stale"(ARRAY(
        SELECT DISTINCT sc."claimId" FROM "StoryClaim" sc
        WHERE sc."storyId" IN (
            SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
            WHERE o."slug" IS DISTINCT FROM n."slug" OR o."title" IS DISTINCT FROM n."title"
                OR o."status" IS DISTINCT FROM n."status"
                OR o."deletedAt" IS DISTINCT FROM n."deletedAt")));
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_export_text_story_update" AFTER UPDATE ON "Story"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_story_changed"();

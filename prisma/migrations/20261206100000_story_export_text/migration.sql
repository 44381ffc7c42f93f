-- A claim's export record carries its published stories (`stories: [{ slug, title }]`, issue
-- 14), so the claim's stored export text (ClaimExportText, migration 20261126000500) goes stale
-- when it joins or leaves a story, and when a story it is in changes what the record shows:
-- its slug, its title, whether readers see it (status, deletedAt). A story's other writes (its
-- description, its version bump when claims are added or moved) leave its claims' text alone,
-- so adding one claim to a 1,000-claim story re-renders one claim, not a thousand.

CREATE TRIGGER "claim_export_text_story_claim_insert" AFTER INSERT ON "StoryClaim" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") VALUES (new."claimId");
END;

CREATE TRIGGER "claim_export_text_story_claim_update" AFTER UPDATE ON "StoryClaim"
WHEN old."claimId" IS NOT new."claimId" OR old."storyId" IS NOT new."storyId" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") SELECT old."claimId" UNION SELECT new."claimId";
END;

CREATE TRIGGER "claim_export_text_story_claim_delete" AFTER DELETE ON "StoryClaim" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId") VALUES (old."claimId");
END;

CREATE TRIGGER "claim_export_text_story_update" AFTER UPDATE ON "Story"
WHEN old."slug" IS NOT new."slug" OR old."title" IS NOT new."title"
    OR old."status" IS NOT new."status" OR old."deletedAt" IS NOT new."deletedAt" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId")
    SELECT "claimId" FROM "StoryClaim" WHERE "storyId" IN (old."id", new."id");
END;

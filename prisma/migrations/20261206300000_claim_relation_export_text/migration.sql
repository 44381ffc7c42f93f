-- Issue 14: a claim's export record carries its links to other claims (lib/export/claim-record.ts
-- `relations`), listing only related claims the export shows (visible, not deleted). So the stored
-- export text (ClaimExportText, migration 20261126000500) of both claims of a link is stale when
-- the link is made, removed or revived, and the text of every claim linked to a claim whose
-- status or deletion changes is stale too (the related claim appears or disappears in it).

CREATE TRIGGER "claim_export_text_relation_insert" AFTER INSERT ON "ClaimRelation" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId")
    SELECT new."fromClaimId" UNION SELECT new."toClaimId";
END;

CREATE TRIGGER "claim_export_text_relation_update" AFTER UPDATE ON "ClaimRelation" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId")
    SELECT old."fromClaimId" UNION SELECT old."toClaimId"
    UNION SELECT new."fromClaimId" UNION SELECT new."toClaimId";
END;

CREATE TRIGGER "claim_export_text_relation_delete" AFTER DELETE ON "ClaimRelation" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId")
    SELECT old."fromClaimId" UNION SELECT old."toClaimId";
END;

-- Removed links too: cheaper than deciding which ones the record shows.
CREATE TRIGGER "claim_export_text_related_claim_update" AFTER UPDATE OF "status", "deletedAt" ON "Claim"
WHEN old."status" IS NOT new."status" OR old."deletedAt" IS NOT new."deletedAt" BEGIN
    INSERT INTO "claim_export_text_stale" ("claimId")
    SELECT "toClaimId" FROM "ClaimRelation" WHERE "fromClaimId" = new."id"
    UNION SELECT "fromClaimId" FROM "ClaimRelation" WHERE "toClaimId" = new."id";
END;

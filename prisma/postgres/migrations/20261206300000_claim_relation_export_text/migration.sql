-- Issue 14: a claim's export record carries its links to other claims (lib/export/claim-record.ts
-- `relations`), listing only related claims the export shows (visible, not deleted). So the stored
-- export text (ClaimExportText, migration 20261203100300) of both claims of a link is stale when
-- the link is made, removed or revived, and the text of every claim linked to a claim whose
-- status or deletion changes is stale too (the related claim appears or disappears in it).

CREATE FUNCTION "claim_export_text_relation_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "claim_export_text_mark_stale"(ARRAY(
            SELECT "fromClaimId" FROM new_rows UNION SELECT "toClaimId" FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM "claim_export_text_mark_stale"(ARRAY(
            SELECT "fromClaimId" FROM old_rows UNION SELECT "toClaimId" FROM old_rows
            UNION SELECT "fromClaimId" FROM new_rows UNION SELECT "toClaimId" FROM new_rows));
    ELSE
        PERFORM "claim_export_text_mark_stale"(ARRAY(
            SELECT "fromClaimId" FROM old_rows UNION SELECT "toClaimId" FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_export_text_relation_insert" AFTER INSERT ON "ClaimRelation"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_relation_changed"();
CREATE TRIGGER "claim_export_text_relation_update" AFTER UPDATE ON "ClaimRelation"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_relation_changed"();
CREATE TRIGGER "claim_export_text_relation_delete" AFTER DELETE ON "ClaimRelation"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_export_text_relation_changed"();

-- A claim whose status or deletion changed: the claims linked to it (removed links too: cheaper
-- than deciding which ones the record shows). A row trigger with a WHEN condition: the server
-- evaluates the condition itself and calls no function for the updates that change neither
-- column (edits, verdict saves, the hot path), so they pay nothing.
CREATE FUNCTION "claim_export_text_related_claim_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "claim_export_text_mark_stale"(ARRAY(
        SELECT "toClaimId" FROM "ClaimRelation" WHERE "fromClaimId" = NEW."id"
        UNION SELECT "fromClaimId" FROM "ClaimRelation" WHERE "toClaimId" = NEW."id"));
    RETURN NULL;
END $$;

CREATE TRIGGER "claim_export_text_related_claim_update" AFTER UPDATE OF "status", "deletedAt" ON "Claim"
    FOR EACH ROW
    WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt")
    EXECUTE FUNCTION "claim_export_text_related_claim_changed"();

-- Issue 13, second-editor review: a verdict other than Unverified waits as a pending revision
-- (Claim.pendingRevisionId) until someone other than its author approves it; the claim's verdict
-- columns keep the approved verdict readers see meanwhile (lib/review).

-- Existing revisions were all written straight to their claims.
ALTER TABLE "Claim" ADD COLUMN "pendingRevisionId" INTEGER;
ALTER TABLE "VerdictRevision" ADD COLUMN "reviewState" TEXT NOT NULL DEFAULT 'applied',
    ADD COLUMN "reviewedById" TEXT,
    ADD COLUMN "reviewedAt" TIMESTAMPTZ(3),
    ADD COLUMN "reviewComment" TEXT;

-- Verdict revisions stay append-only except their review outcome: while a revision waits
-- (pending) or was sent back, its review columns may be settled; nothing else ever changes, and
-- a settled revision (applied, approved, bypassed, superseded) not at all. Deletes and TRUNCATE
-- stay refused by the init migration's triggers.
CREATE FUNCTION "verdict_revision_settle_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD."reviewState" NOT IN ('pending', 'sent_back')
        OR (NEW."id", NEW."claimId", NEW."verdict", NEW."confidence", NEW."rationale",
            NEW."createdAt", NEW."createdById", NEW."overrideReason", NEW."importedAt",
            NEW."importedById")
        IS DISTINCT FROM
           (OLD."id", OLD."claimId", OLD."verdict", OLD."confidence", OLD."rationale",
            OLD."createdAt", OLD."createdById", OLD."overrideReason", OLD."importedAt",
            OLD."importedById")
    THEN
        RAISE EXCEPTION 'verdict revisions are append-only: only a pending review may be settled'
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$;
DROP TRIGGER "VerdictRevision_append_only" ON "VerdictRevision";
CREATE TRIGGER "VerdictRevision_append_only" BEFORE DELETE ON "VerdictRevision"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_append_only"();
CREATE TRIGGER "VerdictRevision_settle_only" BEFORE UPDATE ON "VerdictRevision"
    FOR EACH ROW EXECUTE FUNCTION "verdict_revision_settle_only"();

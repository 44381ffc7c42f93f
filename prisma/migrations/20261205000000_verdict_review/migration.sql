-- Issue 13, second-editor review: a verdict other than Unverified waits as a pending revision
-- (Claim.pendingRevisionId) until someone other than its author approves it; the claim's verdict
-- columns keep the approved verdict readers see meanwhile (lib/review).

-- Columns added in place: a redefined Claim table would lose its search, export-text and
-- content-version triggers. Existing revisions were all written straight to their claims.
ALTER TABLE "Claim" ADD COLUMN "pendingRevisionId" INTEGER;
ALTER TABLE "VerdictRevision" ADD COLUMN "reviewState" TEXT NOT NULL DEFAULT 'applied';
ALTER TABLE "VerdictRevision" ADD COLUMN "reviewedById" TEXT;
ALTER TABLE "VerdictRevision" ADD COLUMN "reviewedAt" DATETIME;
ALTER TABLE "VerdictRevision" ADD COLUMN "reviewComment" TEXT;

-- Verdict revisions stay append-only except their review outcome: while a revision waits
-- (pending) or was sent back, its review columns may be settled; nothing else ever changes, and
-- a settled revision (applied, approved, bypassed, superseded) not at all.
DROP TRIGGER "VerdictRevision_no_update";
CREATE TRIGGER "VerdictRevision_no_update" BEFORE UPDATE ON "VerdictRevision"
WHEN OLD."reviewState" NOT IN ('pending', 'sent_back')
    OR NEW."id" IS NOT OLD."id"
    OR NEW."claimId" IS NOT OLD."claimId"
    OR NEW."verdict" IS NOT OLD."verdict"
    OR NEW."confidence" IS NOT OLD."confidence"
    OR NEW."rationale" IS NOT OLD."rationale"
    OR NEW."createdAt" IS NOT OLD."createdAt"
    OR NEW."createdById" IS NOT OLD."createdById"
    OR NEW."overrideReason" IS NOT OLD."overrideReason"
    OR NEW."importedAt" IS NOT OLD."importedAt"
    OR NEW."importedById" IS NOT OLD."importedById"
BEGIN
    SELECT RAISE(ABORT, 'verdict revisions are append-only: only a pending review may be settled');
END;

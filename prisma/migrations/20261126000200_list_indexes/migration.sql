-- Indexes measured at 100,000 claims (npm run bench): a verdict filter without search scanned
-- the whole table (67 ms -> 2.8 ms), and "sort by verdict" needed a sort step (54 -> 3.6 ms).

-- CreateIndex
CREATE INDEX "Claim_status_deletedAt_verdict_updatedAt_idx" ON "Claim"("status", "deletedAt", "verdict", "updatedAt");

-- DropIndex
DROP INDEX "Claim_status_deletedAt_verdictRank_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Claim_status_deletedAt_verdictRank_updatedAt_idx" ON "Claim"("status", "deletedAt", "verdictRank", "updatedAt" DESC);

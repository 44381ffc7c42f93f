-- The readers' claim list in its default order (most recently updated first), on PostgreSQL
-- only. The (status, "deletedAt", "updatedAt") index cannot give that order here: the list's
-- `"deletedAt" IS NULL` is no equality to PostgreSQL's planner (SQLite's treats it as one), so
-- every rendered /claims page scanned all published claims in parallel and sorted them: 60-90 ms
-- of three processes' CPU a page at 100,000 claims. Partial, on live claims only (Prisma cannot
-- express it: hand-written, as prisma/schema.prisma says at the model), it is read in order:
-- page 1 in ~0.1 ms, page 50 in ~0.3 ms, and the count reads it alone (index-only).
CREATE INDEX "Claim_live_status_updatedAt_id_idx" ON "Claim" ("status", "updatedAt" DESC, "id" DESC)
WHERE "deletedAt" IS NULL;

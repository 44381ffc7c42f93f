-- The export's check that a page's claims are still visible (lib/db/postgres/export-text.ts:
-- live, in the statuses asked for), read from this index alone: without it each claim was
-- looked up by primary key and its wide row read from the heap, which at 100,000 claims no
-- longer stays in shared buffers next to the stored text (~20 µs a claim of an export's ~45).
-- Index-only: the row's visibility comes from the visibility map (autovacuum keeps it). Partial,
-- on live claims only, PostgreSQL only (Prisma cannot express it; noted at the model).
CREATE INDEX "Claim_live_id_status_idx" ON "Claim" ("id", "status") WHERE "deletedAt" IS NULL;

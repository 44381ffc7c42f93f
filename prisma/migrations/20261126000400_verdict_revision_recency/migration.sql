-- The Atom feed (/feed.xml) reads the newest verdict revisions of public claims. Without this
-- index SQLite sorted every revision per request: 110-140 ms at 300,000 claims (640,000
-- revisions), against under 10 ms walking the index (measured with scripts/synth.ts).

-- CreateIndex
CREATE INDEX "VerdictRevision_createdAt_idx" ON "VerdictRevision"("createdAt");

-- Issue 15: source watch. The durable job queue (Job) and the per-host rate limit shared by every
-- worker (WatchHost); what the desk knows of each watched source (SourceWatch), its text
-- snapshots deduplicated by hash (SourceSnapshot), every check (SourceCheck), and each quoted
-- citation's quote state (CitationQuoteCheck). None of these is reader content by trigger: the
-- worker writes them often, and moves the content version itself when a reader-visible fact changes.

-- CreateTable
CREATE TABLE "Job" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "state" TEXT NOT NULL DEFAULT 'queued',
    "runAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 5,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WatchHost" (
    "host" TEXT NOT NULL,
    "nextFetchAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WatchHost_pkey" PRIMARY KEY ("host")
);

-- CreateTable
CREATE TABLE "SourceWatch" (
    "sourceId" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'unchecked',
    "lastProblem" TEXT NOT NULL DEFAULT '',
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "checkCount" INTEGER NOT NULL DEFAULT 0,
    "firstCheckedAt" TIMESTAMPTZ(3),
    "lastCheckedAt" TIMESTAMPTZ(3),
    "lastOkAt" TIMESTAMPTZ(3),
    "finalUrl" TEXT,
    "lastSnapshotId" INTEGER,
    "nextCheckAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SourceWatch_pkey" PRIMARY KEY ("sourceId")
);

-- CreateTable
CREATE TABLE "SourceSnapshot" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "httpStatus" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL DEFAULT '',
    "fetchedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceCheck" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "finalUrl" TEXT,
    "snapshotId" INTEGER,
    "message" TEXT NOT NULL DEFAULT '',
    "durationMs" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SourceCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CitationQuoteCheck" (
    "citationId" INTEGER NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'unchecked',
    "score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "firstState" TEXT,
    "firstCheckedAt" TIMESTAMPTZ(3),
    "checkedAt" TIMESTAMPTZ(3),
    "verifiedAt" TIMESTAMPTZ(3),
    "snapshotId" INTEGER,
    "quoteHash" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CitationQuoteCheck_pkey" PRIMARY KEY ("citationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Job_key_key" ON "Job"("key");

-- CreateIndex
CREATE INDEX "Job_state_runAt_idx" ON "Job"("state", "runAt");

-- CreateIndex
CREATE INDEX "SourceWatch_nextCheckAt_idx" ON "SourceWatch"("nextCheckAt");

-- CreateIndex
CREATE INDEX "SourceWatch_state_lastCheckedAt_idx" ON "SourceWatch"("state", "lastCheckedAt");

-- CreateIndex
CREATE INDEX "SourceSnapshot_sourceId_fetchedAt_idx" ON "SourceSnapshot"("sourceId", "fetchedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SourceSnapshot_sourceId_contentHash_key" ON "SourceSnapshot"("sourceId", "contentHash");

-- CreateIndex
CREATE INDEX "SourceCheck_sourceId_checkedAt_idx" ON "SourceCheck"("sourceId", "checkedAt");

-- CreateIndex
CREATE INDEX "CitationQuoteCheck_state_idx" ON "CitationQuoteCheck"("state");

-- AddForeignKey
ALTER TABLE "SourceWatch" ADD CONSTRAINT "SourceWatch_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceSnapshot" ADD CONSTRAINT "SourceSnapshot_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCheck" ADD CONSTRAINT "SourceCheck_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitationQuoteCheck" ADD CONSTRAINT "CitationQuoteCheck_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


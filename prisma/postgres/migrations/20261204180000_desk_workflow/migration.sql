-- Issue 13, the desk's workflow: each claim's stage, assignee and reviewer; editors' notes,
-- follows, notifications and saved views; claimant aliases; the desk's settings (bylines,
-- second-editor review). Readers never see any of it (lib/claims/public-claim.ts selects what
-- they do); DeskSetting is a content table, since bylines change reader pages.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "archiveReason" TEXT,
ADD COLUMN     "assigneeId" TEXT,
ADD COLUMN     "reviewerId" TEXT,
ADD COLUMN     "stage" TEXT NOT NULL DEFAULT 'new',
ADD COLUMN     "stageChangedAt" TIMESTAMPTZ(3);

-- Existing claims: a published claim is in stage published, every other one is new; each has
-- been in its stage since its last edit (the nearest date the database knows).
UPDATE "Claim" SET
    "stage" = CASE WHEN "status" = 'published' THEN 'published' ELSE 'new' END,
    "stageChangedAt" = "updatedAt";

-- CreateTable
CREATE TABLE "ClaimantAlias" (
    "id" SERIAL NOT NULL,
    "claimantId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "ClaimantAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeskSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "DeskSetting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "citationId" INTEGER,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),
    "deletedById" TEXT,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimFollow" (
    "claimId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimFollow_pkey" PRIMARY KEY ("claimId","userId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "claimId" INTEGER,
    "actorId" TEXT,
    "noteId" INTEGER,
    "detail" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimantAlias_key_key" ON "ClaimantAlias"("key");

-- CreateIndex
CREATE INDEX "ClaimantAlias_claimantId_idx" ON "ClaimantAlias"("claimantId");

-- CreateIndex
CREATE INDEX "Note_claimId_deletedAt_createdAt_idx" ON "Note"("claimId", "deletedAt", "createdAt");

-- CreateIndex
CREATE INDEX "ClaimFollow_userId_claimId_idx" ON "ClaimFollow"("userId", "claimId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_id_idx" ON "Notification"("userId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_userId_name_key" ON "SavedView"("userId", "name");

-- CreateIndex
CREATE INDEX "Claim_assigneeId_deletedAt_stage_stageChangedAt_idx" ON "Claim"("assigneeId", "deletedAt", "stage", "stageChangedAt");

-- CreateIndex
CREATE INDEX "Claim_reviewerId_deletedAt_stage_stageChangedAt_idx" ON "Claim"("reviewerId", "deletedAt", "stage", "stageChangedAt");

-- CreateIndex
CREATE INDEX "Claim_stage_deletedAt_stageChangedAt_idx" ON "Claim"("stage", "deletedAt", "stageChangedAt");

-- AddForeignKey
ALTER TABLE "ClaimantAlias" ADD CONSTRAINT "ClaimantAlias_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Claimant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimFollow" ADD CONSTRAINT "ClaimFollow_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The desk's settings change reader pages (bylines): their writes move the content version.
CREATE TRIGGER "DeskSetting_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON "DeskSetting" FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

-- "A claim you follow changed": every audit event of a claim (an edit, a verdict, a stage, an
-- assignment, publishing) tells the claim's followers but its author, in the writing
-- transaction. A trigger, so no write path (forms, the verdict save's one statement, the
-- import's COPY) can forget it; per statement, so a bulk insert joins ClaimFollow once.
CREATE FUNCTION "notify_claim_followers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "Notification" ("userId", "kind", "claimId", "actorId", "detail", "createdAt")
    SELECT f."userId", 'followed_change', f."claimId", e."actorId", e."action", e."at"
    FROM new_events e
    -- CASE: other entities' ids are not numbers, and only a CASE is sure to cast claims' alone.
    JOIN "ClaimFollow" f
      ON f."claimId" = CASE WHEN e."entityType" = 'claim' THEN e."entityId"::int END
    WHERE f."userId" IS DISTINCT FROM e."actorId";
    RETURN NULL;
END
$$;

CREATE TRIGGER "AuditEvent_notify_followers" AFTER INSERT ON "AuditEvent"
    REFERENCING NEW TABLE AS new_events
    FOR EACH STATEMENT EXECUTE FUNCTION "notify_claim_followers"();

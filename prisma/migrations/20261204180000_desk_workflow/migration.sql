-- Issue 13, the desk's workflow: each claim's stage, assignee and reviewer; editors' notes,
-- follows, notifications and saved views; claimant aliases; the desk's settings (bylines,
-- second-editor review). Readers never see any of it (lib/claims/public-claim.ts selects what
-- they do); DeskSetting is a content table, since bylines change reader pages.

-- CreateTable
CREATE TABLE "ClaimantAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimantId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    CONSTRAINT "ClaimantAlias_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Claimant" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeskSetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);

-- CreateTable
CREATE TABLE "Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimId" INTEGER NOT NULL,
    "citationId" INTEGER,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "deletedById" TEXT,
    CONSTRAINT "Note_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Note_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClaimFollow" (
    "claimId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("claimId", "userId"),
    CONSTRAINT "ClaimFollow_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "claimId" INTEGER,
    "actorId" TEXT,
    "noteId" INTEGER,
    "detail" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Columns added in place: a redefined Claim table would lose its search, export-text and
-- content-version triggers. SQLite cannot add a column whose default is the current time, so
-- stageChangedAt is nullable and set by every write (backfilled below).
ALTER TABLE "Claim" ADD COLUMN "stage" TEXT NOT NULL DEFAULT 'new';
ALTER TABLE "Claim" ADD COLUMN "stageChangedAt" DATETIME;
ALTER TABLE "Claim" ADD COLUMN "archiveReason" TEXT;
ALTER TABLE "Claim" ADD COLUMN "assigneeId" TEXT;
ALTER TABLE "Claim" ADD COLUMN "reviewerId" TEXT;

-- Existing claims: a published claim is in stage published, every other one is new; each has
-- been in its stage since its last edit (the nearest date the database knows).
UPDATE "Claim" SET
    "stage" = CASE WHEN "status" = 'published' THEN 'published' ELSE 'new' END,
    "stageChangedAt" = "updatedAt";

CREATE INDEX "Claim_assigneeId_deletedAt_stage_stageChangedAt_idx" ON "Claim"("assigneeId", "deletedAt", "stage", "stageChangedAt");
CREATE INDEX "Claim_reviewerId_deletedAt_stage_stageChangedAt_idx" ON "Claim"("reviewerId", "deletedAt", "stage", "stageChangedAt");
CREATE INDEX "Claim_stage_deletedAt_stageChangedAt_idx" ON "Claim"("stage", "deletedAt", "stageChangedAt");

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


-- The desk's settings change reader pages (bylines): their writes move the content version.
CREATE TRIGGER "DeskSetting_content_version_insert" AFTER INSERT ON "DeskSetting" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "DeskSetting_content_version_update" AFTER UPDATE ON "DeskSetting" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "DeskSetting_content_version_delete" AFTER DELETE ON "DeskSetting" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

-- "A claim you follow changed": every audit event of a claim (an edit, a verdict, a stage, an
-- assignment, publishing) tells the claim's followers but its author, in the writing
-- transaction. A trigger, so no write path (forms, the verdict save's own SQL, the import) can
-- forget it; a primary-key probe of ClaimFollow when nobody follows.
CREATE TRIGGER "AuditEvent_notify_followers" AFTER INSERT ON "AuditEvent"
WHEN NEW."entityType" = 'claim' BEGIN
    INSERT INTO "Notification" ("userId", "kind", "claimId", "actorId", "detail", "createdAt")
    SELECT f."userId", 'followed_change', f."claimId", NEW."actorId", NEW."action", NEW."at"
    FROM "ClaimFollow" f
    WHERE f."claimId" = CAST(NEW."entityId" AS INTEGER) AND f."userId" IS NOT NEW."actorId";
END;

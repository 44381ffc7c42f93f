-- Issue 14: stories (claims grouped, ordered, tagged), typed relations between claims, and the
-- desk's unit list for figures. All reader content: every write moves the content version.

-- CreateTable
CREATE TABLE "Story" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,
    "deletedAt" DATETIME,
    "deletedById" TEXT
);

-- CreateTable
CREATE TABLE "StoryClaim" (
    "storyId" INTEGER NOT NULL,
    "claimId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "addedById" TEXT,

    PRIMARY KEY ("storyId", "claimId"),
    CONSTRAINT "StoryClaim_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StoryClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StoryTag" (
    "storyId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,

    PRIMARY KEY ("storyId", "tagId"),
    CONSTRAINT "StoryTag_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StoryTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClaimRelation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fromClaimId" INTEGER NOT NULL,
    "toClaimId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "deletedAt" DATETIME,
    "deletedById" TEXT,
    CONSTRAINT "ClaimRelation_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClaimRelation_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuantityUnit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);

-- CreateTable
CREATE TABLE "QuantityUnitSynonym" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    CONSTRAINT "QuantityUnitSynonym_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "QuantityUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Story_slug_key" ON "Story"("slug");

-- CreateIndex
CREATE INDEX "Story_status_deletedAt_updatedAt_idx" ON "Story"("status", "deletedAt", "updatedAt");

-- CreateIndex
CREATE INDEX "StoryClaim_claimId_storyId_idx" ON "StoryClaim"("claimId", "storyId");

-- CreateIndex
CREATE INDEX "StoryClaim_storyId_position_idx" ON "StoryClaim"("storyId", "position");

-- CreateIndex
CREATE INDEX "StoryTag_tagId_storyId_idx" ON "StoryTag"("tagId", "storyId");

-- CreateIndex
CREATE INDEX "ClaimRelation_toClaimId_deletedAt_idx" ON "ClaimRelation"("toClaimId", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimRelation_fromClaimId_toClaimId_kind_key" ON "ClaimRelation"("fromClaimId", "toClaimId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "QuantityUnit_name_key" ON "QuantityUnit"("name");

-- CreateIndex
CREATE UNIQUE INDEX "QuantityUnitSynonym_key_key" ON "QuantityUnitSynonym"("key");

-- CreateIndex
CREATE INDEX "QuantityUnitSynonym_unitId_idx" ON "QuantityUnitSynonym"("unitId");

-- Reader content: each write moves the content version (the page cache's freshness check).
CREATE TRIGGER "Story_content_version_insert" AFTER INSERT ON "Story" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Story_content_version_update" AFTER UPDATE ON "Story" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "Story_content_version_delete" AFTER DELETE ON "Story" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "StoryClaim_content_version_insert" AFTER INSERT ON "StoryClaim" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "StoryClaim_content_version_update" AFTER UPDATE ON "StoryClaim" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "StoryClaim_content_version_delete" AFTER DELETE ON "StoryClaim" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "StoryTag_content_version_insert" AFTER INSERT ON "StoryTag" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "StoryTag_content_version_update" AFTER UPDATE ON "StoryTag" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "StoryTag_content_version_delete" AFTER DELETE ON "StoryTag" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "ClaimRelation_content_version_insert" AFTER INSERT ON "ClaimRelation" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "ClaimRelation_content_version_update" AFTER UPDATE ON "ClaimRelation" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "ClaimRelation_content_version_delete" AFTER DELETE ON "ClaimRelation" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "QuantityUnit_content_version_insert" AFTER INSERT ON "QuantityUnit" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "QuantityUnit_content_version_update" AFTER UPDATE ON "QuantityUnit" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "QuantityUnit_content_version_delete" AFTER DELETE ON "QuantityUnit" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "QuantityUnitSynonym_content_version_insert" AFTER INSERT ON "QuantityUnitSynonym" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "QuantityUnitSynonym_content_version_update" AFTER UPDATE ON "QuantityUnitSynonym" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

CREATE TRIGGER "QuantityUnitSynonym_content_version_delete" AFTER DELETE ON "QuantityUnitSynonym" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
END;

-- Issue 14: stories (claims grouped, ordered, tagged), typed relations between claims, and the
-- desk's unit list for figures. All reader content: every write moves the content version.

-- CreateTable
CREATE TABLE "Story" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,
    "deletedAt" TIMESTAMPTZ(3),
    "deletedById" TEXT,

    CONSTRAINT "Story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoryClaim" (
    "storyId" INTEGER NOT NULL,
    "claimId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "addedById" TEXT,

    CONSTRAINT "StoryClaim_pkey" PRIMARY KEY ("storyId", "claimId")
);

-- CreateTable
CREATE TABLE "StoryTag" (
    "storyId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,

    CONSTRAINT "StoryTag_pkey" PRIMARY KEY ("storyId", "tagId")
);

-- CreateTable
CREATE TABLE "ClaimRelation" (
    "id" SERIAL NOT NULL,
    "fromClaimId" INTEGER NOT NULL,
    "toClaimId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "deletedAt" TIMESTAMPTZ(3),
    "deletedById" TEXT,

    CONSTRAINT "ClaimRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuantityUnit" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "QuantityUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuantityUnitSynonym" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "QuantityUnitSynonym_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "StoryClaim" ADD CONSTRAINT "StoryClaim_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryClaim" ADD CONSTRAINT "StoryClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryTag" ADD CONSTRAINT "StoryTag_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryTag" ADD CONSTRAINT "StoryTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuantityUnitSynonym" ADD CONSTRAINT "QuantityUnitSynonym_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "QuantityUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Reader content: each write moves the content version (the page cache's freshness check).
CREATE TRIGGER "Story_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON "Story" FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "StoryClaim_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON "StoryClaim" FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "StoryTag_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON "StoryTag" FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "ClaimRelation_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON "ClaimRelation" FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "QuantityUnit_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON "QuantityUnit" FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "QuantityUnitSynonym_content_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON "QuantityUnitSynonym" FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();


-- PostgreSQL's first migration: the whole model of prisma/schema.prisma as of issue 12, written
-- by `prisma migrate diff --from-empty --to-schema-datamodel prisma/postgres/schema.prisma`,
-- plus what Prisma cannot express, hand-written at the end (the SQLite history reached the same
-- state in eight migrations: prisma/migrations).


-- CreateTable
CREATE TABLE "Claimant" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'other',
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Claimant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" SERIAL NOT NULL,
    "statement" TEXT NOT NULL,
    "title" TEXT,
    "claimantId" INTEGER NOT NULL,
    "firstAppearedAt" TIMESTAMPTZ(3),
    "firstAppearanceUrl" TEXT,
    "firstAppearanceNote" TEXT NOT NULL DEFAULT '',
    "context" TEXT NOT NULL DEFAULT '',
    "place" TEXT,
    "quantityQualifier" TEXT,
    "quantityValue" DOUBLE PRECISION,
    "quantityMin" DOUBLE PRECISION,
    "quantityMax" DOUBLE PRECISION,
    "quantityUnit" TEXT,
    "verdict" TEXT NOT NULL DEFAULT 'unverified',
    "verdictRank" INTEGER NOT NULL DEFAULT 7,
    "confidence" TEXT NOT NULL DEFAULT 'low',
    "rationale" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,
    "deletedAt" TIMESTAMPTZ(3),
    "deletedById" TEXT,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publisher" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Publisher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "publisherId" INTEGER,
    "kind" TEXT NOT NULL DEFAULT 'other',
    "url" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "archiveUrl" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "stance" TEXT NOT NULL,
    "quote" TEXT NOT NULL DEFAULT '',
    "locator" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimTag" (
    "claimId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,

    CONSTRAINT "ClaimTag_pkey" PRIMARY KEY ("claimId","tagId")
);

-- CreateTable
CREATE TABLE "VerdictRevision" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "verdict" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "overrideReason" TEXT,
    "importedAt" TIMESTAMPTZ(3),
    "importedById" TEXT,

    CONSTRAINT "VerdictRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimExportText" (
    "claimId" INTEGER NOT NULL,
    "stamp" INTEGER NOT NULL DEFAULT 0,
    "key" TEXT,
    "csv" TEXT,
    "json" TEXT,

    CONSTRAINT "ClaimExportText_pkey" PRIMARY KEY ("claimId")
);

-- CreateTable
CREATE TABLE "AppMeta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "AppMeta_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'editor',
    "banned" BOOLEAN NOT NULL DEFAULT false,
    "banReason" TEXT,
    "banExpires" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "impersonatedBy" TEXT,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMPTZ(3),
    "refreshTokenExpiresAt" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rateLimit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "rateLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInFailureCount" (
    "scope" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "windowStart" BIGINT NOT NULL,

    CONSTRAINT "SignInFailureCount_pkey" PRIMARY KEY ("scope","subject")
);

-- CreateIndex
CREATE UNIQUE INDEX "Claimant_name_key" ON "Claimant"("name");

-- CreateIndex
CREATE INDEX "Claim_status_deletedAt_updatedAt_idx" ON "Claim"("status", "deletedAt", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_status_deletedAt_createdAt_idx" ON "Claim"("status", "deletedAt", "createdAt");

-- CreateIndex
CREATE INDEX "Claim_status_deletedAt_verdict_updatedAt_idx" ON "Claim"("status", "deletedAt", "verdict", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_status_deletedAt_verdictRank_updatedAt_idx" ON "Claim"("status", "deletedAt", "verdictRank", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Claim_status_deletedAt_confidence_updatedAt_idx" ON "Claim"("status", "deletedAt", "confidence", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_claimantId_status_deletedAt_updatedAt_idx" ON "Claim"("claimantId", "status", "deletedAt", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Publisher_name_key" ON "Publisher"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "Source_publisherId_idx" ON "Source"("publisherId");

-- CreateIndex
CREATE INDEX "Source_deletedAt_publishedAt_idx" ON "Source"("deletedAt", "publishedAt");

-- CreateIndex
CREATE INDEX "Citation_claimId_deletedAt_stance_idx" ON "Citation"("claimId", "deletedAt", "stance");

-- CreateIndex
CREATE INDEX "Citation_sourceId_deletedAt_claimId_idx" ON "Citation"("sourceId", "deletedAt", "claimId");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");

-- CreateIndex
CREATE INDEX "ClaimTag_tagId_claimId_idx" ON "ClaimTag"("tagId", "claimId");

-- CreateIndex
CREATE INDEX "VerdictRevision_claimId_createdAt_idx" ON "VerdictRevision"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "VerdictRevision_createdAt_idx" ON "VerdictRevision"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rateLimit_key_key" ON "rateLimit"("key");

-- CreateIndex
CREATE INDEX "SignInFailureCount_windowStart_idx" ON "SignInFailureCount"("windowStart");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Claimant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Publisher"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimTag" ADD CONSTRAINT "ClaimTag_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimTag" ADD CONSTRAINT "ClaimTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictRevision" ADD CONSTRAINT "VerdictRevision_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A source is cited at most once per claim among live citations (lib/citations/citation-rules.ts
-- is the rule; this is the database's backstop).
CREATE UNIQUE INDEX "Citation_claimId_sourceId_live_key" ON "Citation"("claimId", "sourceId")
WHERE "deletedAt" IS NULL;

-- The audit log and the verdict history are append-only: no code path updates or deletes them,
-- and the database refuses it too — TRUNCATE included, which skips row triggers.
CREATE FUNCTION "refuse_change_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_append_only"();
CREATE TRIGGER "VerdictRevision_append_only" BEFORE UPDATE OR DELETE ON "VerdictRevision"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change_append_only"();
CREATE TRIGGER "VerdictRevision_no_truncate" BEFORE TRUNCATE ON "VerdictRevision"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_append_only"();

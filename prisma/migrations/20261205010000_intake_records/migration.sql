-- Issue 13, the article intake: every intake an editor submits to create drafts is kept, with
-- its suggestions and what became of each (lib/intake/intake-records.ts). Editors' workflow
-- data, not reader content: deliberately no content-version trigger on this table.

-- CreateTable
CREATE TABLE "IntakeRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sourceId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "publisherName" TEXT,
    "publishedOn" TEXT,
    "textHash" TEXT NOT NULL,
    "textLength" INTEGER NOT NULL,
    "text" TEXT,
    "excerpt" TEXT NOT NULL,
    "suggestions" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "IntakeRecord_createdAt_id_idx" ON "IntakeRecord"("createdAt", "id");

-- CreateIndex
CREATE INDEX "IntakeRecord_sourceId_idx" ON "IntakeRecord"("sourceId");

-- CreateIndex
CREATE INDEX "IntakeRecord_textHash_idx" ON "IntakeRecord"("textHash");

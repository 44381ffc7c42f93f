import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { sqlite } from '@/lib/db';
import type { Stance } from '@/lib/domain/evidence';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { Prisma } from '@/lib/generated/prisma/client';
import { fromSqliteInstant } from '@/lib/sqlite-direct';
import { readClaimStateSql } from './claim-state-sql';
import { checkEvidenceRules } from './evidence-rules';
import type { ClaimForEditing, EditorCitation, EditorRevision } from './types';

interface CitationRow {
  id: number;
  stance: string;
  quote: string;
  locator: string;
  updatedAt: string;
  sourceId: number;
  title: string;
  kind: string;
  url: string | null;
  archiveUrl: string | null;
  publishedAt: string | null;
  sourceDeletedAt: string | null;
  publisherId: number | null;
  publisherName: string | null;
}

interface RevisionRow {
  id: number;
  verdict: string;
  confidence: string;
  rationale: string;
  createdAt: string;
  createdById: string | null;
  authorName: string | null;
  overrideReason: string | null;
  importedAt: string | null;
  importedById: string | null;
  importerName: string | null;
}

/** Verdict revisions the edit view shows unless asked for all (`?history=all`). */
export const EDITOR_HISTORY_SHOWN = 20;

/**
 * A claim as its edit form needs it: every editable field, the `version` to save with, live
 * citations (with ids and their `updatedAt` guards) and the latest verdict revisions (all with
 * `wholeHistory`) with their count. Drafts included; a deleted claim only for admins (to
 * restore it). Null when not found.
 *
 * The history is cut because every verdict change loads this form: a claim revised for months
 * would otherwise be read whole on each save (the editors bench revises claims hundreds of
 * times a minute).
 *
 * Read with prepared statements on the direct connection (lib/sqlite-direct.ts): every verdict
 * change loads this form first, and through Prisma's nested reads it cost ~4 ms of CPU.
 */
export async function getClaimForEditing(
  actor: Actor | null,
  id: number,
  { wholeHistory = false }: { wholeHistory?: boolean } = {},
): Promise<ClaimForEditing | null> {
  assertRole(actor, 'editor');
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const claim = readClaimStateSql(sqlite, id);
  if (!claim || (claim.state.deletedAt && actor.role !== 'admin')) return null;

  const citationRows = sqlite.all<CitationRow>(Prisma.sql`
    SELECT ci."id", ci."stance", ci."quote", ci."locator", ci."updatedAt",
      s."id" AS "sourceId", s."title", s."kind", s."url", s."archiveUrl", s."publishedAt",
      s."deletedAt" AS "sourceDeletedAt", p."id" AS "publisherId", p."name" AS "publisherName"
    FROM "Citation" ci
    JOIN "Source" s ON s."id" = ci."sourceId"
    LEFT JOIN "Publisher" p ON p."id" = s."publisherId"
    WHERE ci."claimId" = ${id} AND ci."deletedAt" IS NULL
    ORDER BY ci."id"`);
  const revisionRows = sqlite.all<RevisionRow>(Prisma.sql`
    SELECT r."id", r."verdict", r."confidence", r."rationale", r."createdAt", r."createdById",
      u."name" AS "authorName", r."overrideReason", r."importedAt", r."importedById",
      i."name" AS "importerName"
    FROM "VerdictRevision" r LEFT JOIN "user" u ON u."id" = r."createdById"
    LEFT JOIN "user" i ON i."id" = r."importedById"
    WHERE r."claimId" = ${id}
    ORDER BY r."createdAt" DESC, r."id" DESC
    LIMIT ${wholeHistory ? -1 : EDITOR_HISTORY_SHOWN}`);
  const revisionCount =
    revisionRows.length < EDITOR_HISTORY_SHOWN || wholeHistory
      ? revisionRows.length
      : (sqlite.get<{ n: number }>(
          Prisma.sql`SELECT count(*) AS "n" FROM "VerdictRevision" WHERE "claimId" = ${id}`,
        )?.n ?? revisionRows.length);

  const citations: EditorCitation[] = citationRows.map((c) => ({
    id: c.id,
    stance: c.stance as Stance,
    quote: c.quote,
    locator: c.locator,
    updatedAt: fromSqliteInstant(c.updatedAt),
    source: {
      id: c.sourceId,
      title: c.title,
      kind: c.kind,
      url: c.url,
      archiveUrl: c.archiveUrl,
      publishedAt: fromSqliteInstant(c.publishedAt),
      publisher: c.publisherId === null ? null : { id: c.publisherId, name: c.publisherName ?? '' },
      deleted: c.sourceDeletedAt !== null,
    },
  }));
  const revisions: EditorRevision[] = revisionRows.map((r) => ({
    id: r.id,
    verdict: r.verdict as Verdict,
    confidence: r.confidence as Confidence,
    rationale: r.rationale,
    createdAt: fromSqliteInstant(r.createdAt),
    createdBy: r.createdById ? { id: r.createdById, name: r.authorName } : null,
    overrideReason: r.overrideReason,
    imported:
      r.importedAt === null || r.importedById === null
        ? null
        : {
            at: fromSqliteInstant(r.importedAt),
            by: { id: r.importedById, name: r.importerName },
          },
  }));
  const evidence = citations
    .filter((c) => !c.source.deleted)
    .map((c) => ({
      stance: c.stance,
      sourceId: c.source.id,
      sourceTitle: c.source.title,
      sourceUrl: c.source.url,
      sourceArchiveUrl: c.source.archiveUrl,
      publisherName: c.source.publisher?.name ?? null,
    }));
  return {
    ...claim.state,
    createdAt: claim.createdAt,
    citations,
    revisions,
    revisionCount,
    evidence: {
      confirmed: checkEvidenceRules('confirmed', evidence),
      false: checkEvidenceRules('false', evidence),
    },
  };
}

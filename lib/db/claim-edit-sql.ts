import type { EvidenceCitation } from '@/lib/claims/evidence-rules';
import type { ClaimEditState, EditorCitation, EditorRevision } from '@/lib/claims/types';
import type { ClaimStatus, QuantityQualifier } from '@/lib/domain/claims';
import type { Stance } from '@/lib/domain/evidence';
import type { ReviewState } from '@/lib/domain/review';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { DEFAULT_DESK_SETTINGS } from '@/lib/desk/desk-settings';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OpenReview } from '@/lib/review/types';
import { batch, type Row, type SqlDialect, type SqlSteps } from './sql-steps';

/*
 * The claim edit reads, written once for both providers as SqlSteps (sql-steps.ts): the only
 * differences (how a stored instant reads back, the row lock of a save) come from the
 * provider's SqlDialect, so the providers cannot drift apart in what they read.
 */

/**
 * What decides whether a verdict save needs a second editor (lib/review), read with the claim's
 * state in the same statement: the claim's open revision and the desk's review setting.
 */
export interface ClaimReviewRead {
  /** The verdict revision waiting for review (or sent back), or null. */
  pendingRevisionId: number | null;
  /** The desk's `review` setting (lib/desk/desk-settings.ts; on when never set). */
  on: boolean;
}

export interface ClaimStateRead {
  state: ClaimEditState;
  createdAt: Date;
  review: ClaimReviewRead;
}

/** The claim's open verdict revision as its edit form shows it (lib/review/types.ts). */
export type OpenRevisionRead = Omit<OpenReview, 'published'>;

export interface ClaimFormRead {
  claim: ClaimStateRead;
  citations: EditorCitation[];
  revisions: EditorRevision[];
  /** Whether the history holds revisions older than `revisions` (it was cut). */
  olderRevisions: boolean;
  openRevision: OpenRevisionRead | null;
}

/** The claim's row with its tag names, in one statement. */
export function claimStateQuery(dialect: SqlDialect, id: number): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id", c."statement", c."title", c."claimantId", c."firstAppearedAt",
      c."firstAppearanceUrl", c."firstAppearanceNote", c."context", c."place",
      c."quantityQualifier", c."quantityValue", c."quantityMin", c."quantityMax",
      c."quantityUnit", c."verdict", c."confidence", c."rationale", c."status", c."publishedAt",
      c."deletedAt", c."version", c."updatedAt", c."createdAt", cl."name" AS "claimantName",
      c."pendingRevisionId",
      (SELECT ds."value" FROM "DeskSetting" ds WHERE ds."key" = 'review') AS "reviewSetting",
      (SELECT ${dialect.jsonArrayOf(Prisma.sql`t."name"`)}
        FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId" WHERE ct."claimId" = c."id")
        AS "tagNames"
    FROM "Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId"
    WHERE c."id" = ${id}`;
}

/**
 * A claim's edit state: the same object, keys in the same order, whoever reads it (the audit
 * snapshots of every save compare alike).
 */
export function toClaimState(dialect: SqlDialect, row: Row): ClaimStateRead {
  const date = (v: unknown) => dialect.date(v);
  return {
    state: {
      id: row.id as number,
      statement: row.statement as string,
      title: row.title as string | null,
      claimantId: row.claimantId as number,
      firstAppearedAt: date(row.firstAppearedAt),
      firstAppearanceUrl: row.firstAppearanceUrl as string | null,
      firstAppearanceNote: row.firstAppearanceNote as string,
      context: row.context as string,
      place: row.place as string | null,
      quantityQualifier: row.quantityQualifier as QuantityQualifier | null,
      quantityValue: row.quantityValue as number | null,
      quantityMin: row.quantityMin as number | null,
      quantityMax: row.quantityMax as number | null,
      quantityUnit: row.quantityUnit as string | null,
      verdict: row.verdict as Verdict,
      confidence: row.confidence as Confidence,
      rationale: row.rationale as string,
      status: row.status as ClaimStatus,
      publishedAt: date(row.publishedAt),
      deletedAt: date(row.deletedAt),
      version: row.version as number,
      updatedAt: date(row.updatedAt)!,
      claimantName: row.claimantName as string,
      tags: (JSON.parse(row.tagNames as string) as string[]).sort((a, b) => a.localeCompare(b)),
    },
    createdAt: date(row.createdAt)!,
    review: {
      pendingRevisionId: row.pendingRevisionId === null ? null : Number(row.pendingRevisionId),
      on: row.reviewSetting === null ? DEFAULT_DESK_SETTINGS.review : row.reviewSetting === 'true',
    },
  };
}

/** The claim's live evidence as the rules count it: citations and sources not removed. */
export function liveEvidenceQuery(claimId: number): Prisma.Sql {
  return Prisma.sql`
    SELECT ci."stance" AS "stance", s."id" AS "sourceId", s."title" AS "sourceTitle",
      s."url" AS "sourceUrl", s."archiveUrl" AS "sourceArchiveUrl", p."name" AS "publisherName"
    FROM "Citation" ci
    JOIN "Source" s ON s."id" = ci."sourceId"
    LEFT JOIN "Publisher" p ON p."id" = s."publisherId"
    WHERE ci."claimId" = ${claimId} AND ci."deletedAt" IS NULL AND s."deletedAt" IS NULL
    ORDER BY ci."id"`;
}

export function* liveEvidenceSteps(claimId: number): SqlSteps<EvidenceCitation[]> {
  const rows = yield liveEvidenceQuery(claimId);
  return rows as unknown as EvidenceCitation[];
}

/** A claim's edit state. */
export function* claimStateSteps(dialect: SqlDialect, id: number): SqlSteps<ClaimStateRead | null> {
  const [row] = yield claimStateQuery(dialect, id);
  return row ? toClaimState(dialect, row) : null;
}

/**
 * Everything the claim's edit form shows: its state, live citations (with their `updatedAt`
 * guards) and the latest `historyShown` verdict revisions (all when null), and whether older ones exist.
 */
export function* claimFormSteps(
  dialect: SqlDialect,
  id: number,
  historyShown: number | null,
): SqlSteps<ClaimFormRead | null> {
  // One batch (one round trip on PostgreSQL): every edit form load, so every verdict change,
  // starts here. Whether older revisions exist is told by one revision more than shown, not
  // by a count: a count read a busy claim's every revision on each save (PostgreSQL, editors
  // bench: half the form's server time at 1,300-2,800 revisions; capped with LIMIT, its
  // bitmap scan still walked them all), and a stored count would add a write to every path
  // that adds a revision, the import's above all.
  const [claimRows = [], citationRows = [], readRows = [], openRows = []] = yield* batch([
    claimStateQuery(dialect, id),
    Prisma.sql`
    SELECT ci."id", ci."stance", ci."quote", ci."locator", ci."updatedAt",
      s."id" AS "sourceId", s."title", s."kind", s."url", s."archiveUrl", s."publishedAt",
      s."deletedAt" AS "sourceDeletedAt", p."id" AS "publisherId", p."name" AS "publisherName"
    FROM "Citation" ci
    JOIN "Source" s ON s."id" = ci."sourceId"
    LEFT JOIN "Publisher" p ON p."id" = s."publisherId"
    WHERE ci."claimId" = ${id} AND ci."deletedAt" IS NULL
    ORDER BY ci."id"`,
    // The page of revisions first, then their authors: joined first, PostgreSQL without
    // statistics on the table hashed every revision of the claim (9.6 -> 0.7 ms at 485).
    Prisma.sql`
    SELECT r."id", r."verdict", r."confidence", r."rationale", r."createdAt", r."createdById",
      u."name" AS "authorName", r."overrideReason", r."importedAt", r."importedById",
      i."name" AS "importerName", r."reviewState", r."reviewComment"
    FROM (SELECT * FROM "VerdictRevision" WHERE "claimId" = ${id}
      ORDER BY "createdAt" DESC, "id" DESC
      ${historyShown === null ? Prisma.empty : Prisma.sql`LIMIT ${historyShown + 1}`}) r
    LEFT JOIN "user" u ON u."id" = r."createdById"
    LEFT JOIN "user" i ON i."id" = r."importedById"
    ORDER BY r."createdAt" DESC, r."id" DESC`,
    // The revision waiting for review, when there is one: the form edits its values.
    Prisma.sql`
    SELECT r."id", r."verdict", r."confidence", r."rationale", r."overrideReason",
      r."createdAt", r."createdById", u."name" AS "authorName", r."reviewState",
      r."reviewComment", r."reviewedById", v."name" AS "reviewerName", r."reviewedAt"
    FROM "Claim" c
    JOIN "VerdictRevision" r ON r."id" = c."pendingRevisionId"
    LEFT JOIN "user" u ON u."id" = r."createdById"
    LEFT JOIN "user" v ON v."id" = r."reviewedById"
    WHERE c."id" = ${id}`,
  ]);
  if (!claimRows[0]) return null;
  const claim = toClaimState(dialect, claimRows[0]);
  const olderRevisions = historyShown !== null && readRows.length > historyShown;
  const revisionRows = olderRevisions ? readRows.slice(0, historyShown) : readRows;
  const date = (v: unknown) => dialect.date(v);
  const open = openRows[0];
  return {
    claim,
    olderRevisions,
    openRevision: open
      ? {
          revisionId: Number(open.id),
          state: open.reviewState === 'sent_back' ? 'sent_back' : 'pending',
          verdict: open.verdict as Verdict,
          confidence: open.confidence as Confidence,
          rationale: open.rationale as string,
          overrideReason: open.overrideReason as string | null,
          authorId: open.createdById as string | null,
          authorName: open.authorName as string | null,
          createdAt: date(open.createdAt)!,
          reviewComment: open.reviewComment as string | null,
          reviewedById: open.reviewedById as string | null,
          reviewedByName: open.reviewerName as string | null,
          reviewedAt: date(open.reviewedAt),
        }
      : null,
    citations: citationRows.map((c) => ({
      id: c.id as number,
      stance: c.stance as Stance,
      quote: c.quote as string,
      locator: c.locator as string,
      updatedAt: date(c.updatedAt)!,
      source: {
        id: c.sourceId as number,
        title: c.title as string,
        kind: c.kind as string,
        url: c.url as string | null,
        archiveUrl: c.archiveUrl as string | null,
        publishedAt: date(c.publishedAt),
        publisher:
          c.publisherId === null
            ? null
            : { id: c.publisherId as number, name: (c.publisherName as string | null) ?? '' },
        deleted: c.sourceDeletedAt !== null,
      },
    })),
    revisions: revisionRows.map((r) => ({
      id: r.id as number,
      verdict: r.verdict as Verdict,
      confidence: r.confidence as Confidence,
      rationale: r.rationale as string,
      createdAt: date(r.createdAt)!,
      createdBy: r.createdById
        ? { id: r.createdById as string, name: r.authorName as string | null }
        : null,
      overrideReason: r.overrideReason as string | null,
      imported:
        r.importedAt === null || r.importedById === null
          ? null
          : {
              at: date(r.importedAt)!,
              by: { id: r.importedById as string, name: r.importerName as string | null },
            },
      reviewState: r.reviewState as ReviewState,
      reviewComment: r.reviewComment as string | null,
    })),
  };
}

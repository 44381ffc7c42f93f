import { PUBLIC_REVIEW_STATES } from '@/lib/domain/review';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PublicStoryRow, StoryClaimRow, StoryRevisionRow } from './story-store';

/**
 * The story reads' statements (StoryStore), one text for both providers (parameters only).
 * PUBLIC_STORY and PUBLIC_CLAIM (lib/stories/story-rules.ts) spelled in SQL: a published story
 * not deleted; a published claim not deleted.
 */

/**
 * Activity is the latest of the story's own `updatedAt` and its published, live claims'
 * `updatedAt`: one statement whatever the number of stories.
 */
export function publicStoryPageSql(limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`
    WITH "activity" AS (
      SELECT s."id", s."slug", s."title", s."description", s."updatedAt",
        COUNT(c."id") AS "claimCount", MAX(c."updatedAt") AS "claimsAt"
      FROM "Story" s
      LEFT JOIN "StoryClaim" sc ON sc."storyId" = s."id"
      LEFT JOIN "Claim" c ON c."id" = sc."claimId"
        AND c."status" = 'published' AND c."deletedAt" IS NULL
      WHERE s."status" = 'published' AND s."deletedAt" IS NULL
      GROUP BY s."id", s."slug", s."title", s."description", s."updatedAt"
    )
    SELECT "id", "slug", "title", "description", "claimCount",
      CASE WHEN "claimsAt" > "updatedAt" THEN "claimsAt" ELSE "updatedAt" END AS "activityAt",
      COUNT(*) OVER () AS "total"
    FROM "activity"
    ORDER BY 6 DESC, "id" DESC
    LIMIT ${limit} OFFSET ${offset}`;
}

export function publicStoryClaimsSql(storyId: number): Prisma.Sql {
  return Prisma.sql`SELECT c."id", c."title", c."statement", c."verdict", c."confidence",
      c."firstAppearedAt", c."publishedAt", c."createdAt", c."quantityQualifier",
      c."quantityValue", c."quantityMin", c."quantityMax", c."quantityUnit",
      cl."id" AS "claimantId", cl."name" AS "claimantName"
    FROM "StoryClaim" sc
    JOIN "Claim" c ON c."id" = sc."claimId"
    JOIN "Claimant" cl ON cl."id" = c."claimantId"
    WHERE sc."storyId" = ${storyId} AND c."status" = 'published' AND c."deletedAt" IS NULL
    ORDER BY sc."position", sc."claimId"`;
}

export function publicStoryRevisionsSql(storyId: number): Prisma.Sql {
  return Prisma.sql`SELECT r."id", r."claimId", r."verdict", r."confidence", r."createdAt"
    FROM "StoryClaim" sc
    JOIN "Claim" c ON c."id" = sc."claimId"
    JOIN "VerdictRevision" r ON r."claimId" = sc."claimId"
    WHERE sc."storyId" = ${storyId} AND c."status" = 'published' AND c."deletedAt" IS NULL
      AND r."reviewState" IN (${Prisma.join([...PUBLIC_REVIEW_STATES])})`;
}

type Id = number | bigint | string;
type Raw = Record<string, unknown>;
/** Reads the provider's stored instant (never null where it is called). */
type ReadDate = (value: unknown) => Date;

const num = (value: unknown) => Number(value as Id);
const numOrNull = (value: unknown) => (value === null ? null : Number(value as Id));

export function publicStoryRow(r: Raw, date: ReadDate): PublicStoryRow {
  return {
    id: num(r.id),
    slug: r.slug as string,
    title: r.title as string,
    description: r.description as string,
    claimCount: num(r.claimCount),
    activityAt: date(r.activityAt),
    total: num(r.total),
  };
}

export function storyClaimRow(r: Raw, date: ReadDate): StoryClaimRow {
  const dateOrNull = (value: unknown) => (value === null ? null : date(value));
  return {
    id: num(r.id),
    title: r.title as string | null,
    statement: r.statement as string,
    verdict: r.verdict as string,
    confidence: r.confidence as string,
    firstAppearedAt: dateOrNull(r.firstAppearedAt),
    publishedAt: dateOrNull(r.publishedAt),
    createdAt: date(r.createdAt),
    quantityQualifier: r.quantityQualifier as string | null,
    quantityValue: numOrNull(r.quantityValue),
    quantityMin: numOrNull(r.quantityMin),
    quantityMax: numOrNull(r.quantityMax),
    quantityUnit: r.quantityUnit as string | null,
    claimantId: num(r.claimantId),
    claimantName: r.claimantName as string,
  };
}

export function storyRevisionRow(r: Raw, date: ReadDate): StoryRevisionRow {
  return {
    id: num(r.id),
    claimId: num(r.claimId),
    verdict: r.verdict as string,
    confidence: r.confidence as string,
    createdAt: date(r.createdAt),
  };
}

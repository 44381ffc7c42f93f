import 'server-only';
import { db } from '@/lib/db';
import { STORY_LIST_PAGE_SIZE } from './story-rules';

export interface PublicStoryItem {
  id: number;
  slug: string;
  title: string;
  description: string;
  claimCount: number;
  /** The latest of the story's own change and its published claims' changes. */
  activityAt: Date;
}

type Instant = Date | string | number;

interface StoryRow {
  id: number | bigint;
  slug: string;
  title: string;
  description: string;
  claimCount: number | bigint;
  activityAt: Instant;
  total: number | bigint;
}

/**
 * Published stories, newest activity first, a page at a time: one statement whatever the number
 * of stories (the same SQL text on both providers, parameters only). Activity is the latest of
 * the story's own `updatedAt` and its published, live claims' `updatedAt` (PUBLIC_STORY and
 * PUBLIC_CLAIM spelled in SQL); ties by id, newest first, so pages never overlap.
 */
export async function findPublicStories(
  page = 1,
  pageSize = STORY_LIST_PAGE_SIZE,
): Promise<{ items: PublicStoryItem[]; total: number; page: number; pageCount: number }> {
  const read = (current: number) => db.$queryRaw<StoryRow[]>`
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
    LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`;
  let current = Math.max(1, page);
  let rows = await read(current);
  if (rows.length === 0 && current > 1) {
    // Past the last page: show the last one (as before), found from the total.
    const first = await read(1);
    const count = Number(first[0]?.total ?? 0);
    current = Math.max(1, Math.ceil(count / pageSize));
    rows = current === 1 ? first : await read(current);
  }
  const total = Number(rows[0]?.total ?? 0);
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      slug: r.slug,
      title: r.title,
      description: r.description,
      claimCount: Number(r.claimCount),
      activityAt: r.activityAt instanceof Date ? r.activityAt : new Date(r.activityAt),
    })),
    total,
    page: current,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

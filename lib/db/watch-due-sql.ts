import { Prisma } from '@/lib/generated/prisma/client';

// A citation that counts: not removed, on a claim not deleted.
const LIVE_CITATION = Prisma.sql`
  FROM "Citation" c JOIN "Claim" k ON k."id" = c."claimId"
  WHERE c."sourceId" = s."id" AND c."deletedAt" IS NULL AND k."deletedAt" IS NULL`;

/**
 * The sources the watch schedule queues (lib/db/watch-store.ts dueSources), written once for
 * both providers; `now` is the provider's expression for the instant, comparable with its
 * stored timestamps. A quote created or edited after the source's last check makes it due at
 * once (a new or changed quote is decided soon), whatever that check's outcome: a source whose
 * fetch keeps failing is then left to its failing cadence instead of being queued again on
 * every run.
 */
export function dueSourcesQuery(now: Prisma.Sql, afterId: number, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT s."id" AS "id", CASE WHEN w."sourceId" IS NULL THEN 1 ELSE 0 END AS "first"
    FROM "Source" s
    LEFT JOIN "SourceWatch" w ON w."sourceId" = s."id"
    WHERE s."id" > ${afterId} AND s."deletedAt" IS NULL AND s."url" IS NOT NULL
      AND EXISTS (SELECT 1 ${LIVE_CITATION})
      AND (
        w."sourceId" IS NULL OR w."lastCheckedAt" IS NULL OR w."nextCheckAt" <= ${now}
        OR EXISTS (
          SELECT 1 ${LIVE_CITATION} AND c."quote" <> '' AND c."updatedAt" > w."lastCheckedAt"
        )
      )
    ORDER BY s."id"
    LIMIT ${limit}`;
}

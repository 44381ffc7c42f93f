import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * My desk's "claims I follow, recently changed" (lib/desk/my-desk.ts): one page of the ids of the
 * live claims `userId` follows, newest updatedAt first, and how many there are. One statement for
 * both providers, written so both must walk the editor's follows (index [userId, claimId]) and
 * look each claim up by its key: as a join ordered by Claim.updatedAt, SQLite walked every live
 * claim probing its follows and PostgreSQL hashed the whole live-claim index (44 ms at 100,000
 * claims); reading the follows through Prisma instead moved thousands of rows per view. The
 * scalar subquery is not turned into a join by either planner, so the cost follows what the
 * editor follows, not the table. Timestamps compare alike on both (SQLite's are ISO 8601 text
 * of one format).
 */
export async function followedLiveClaimIds(
  userId: string,
  page: { skip: number; take: number },
): Promise<{ ids: number[]; total: number }> {
  // MATERIALIZED: each claim is looked up once (PostgreSQL otherwise ran the subquery again
  // for the ORDER BY, two lookups per follow).
  const followed = Prisma.sql`
    WITH t AS MATERIALIZED (
      SELECT f."claimId" AS "id",
        (SELECT c."updatedAt" FROM "Claim" c WHERE c."id" = f."claimId" AND c."deletedAt" IS NULL)
          AS "changed"
      FROM "ClaimFollow" f WHERE f."userId" = ${userId})`;
  const rows = await db.$queryRaw<{ id: number; total: number | bigint }[]>(Prisma.sql`
    ${followed} SELECT t."id", count(*) OVER () AS "total" FROM t
    WHERE t."changed" IS NOT NULL
    ORDER BY t."changed" DESC, t."id" DESC
    LIMIT ${page.take} OFFSET ${page.skip}`);
  if (rows.length > 0) {
    return { ids: rows.map((r) => Number(r.id)), total: Number(rows[0]!.total) };
  }
  // Past the end of the list (or an empty one): the count alone.
  const [counted] = await db.$queryRaw<{ total: number | bigint }[]>(Prisma.sql`
    ${followed} SELECT count(*) AS "total" FROM t WHERE t."changed" IS NOT NULL`);
  return { ids: [], total: Number(counted?.total ?? 0) };
}

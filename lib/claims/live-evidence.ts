import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { DirectConnection } from '@/lib/sqlite-direct';
import type { EvidenceCitation } from './evidence-rules';

/**
 * The claim's live evidence as the rules count it (citations not removed, of sources not
 * removed), read on the direct connection inside a verdict save (change-verdict.ts).
 */
export function loadLiveEvidenceSql(
  connection: DirectConnection,
  claimId: number,
): EvidenceCitation[] {
  return connection.all<EvidenceCitation>(Prisma.sql`
    SELECT ci."stance" AS "stance", s."id" AS "sourceId", s."title" AS "sourceTitle",
      s."url" AS "sourceUrl", s."archiveUrl" AS "sourceArchiveUrl", p."name" AS "publisherName"
    FROM "Citation" ci
    JOIN "Source" s ON s."id" = ci."sourceId"
    LEFT JOIN "Publisher" p ON p."id" = s."publisherId"
    WHERE ci."claimId" = ${claimId} AND ci."deletedAt" IS NULL AND s."deletedAt" IS NULL
    ORDER BY ci."id"`);
}

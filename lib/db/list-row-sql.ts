import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimListRow } from './search-store';

/**
 * The list page's row statement (SearchStore.readListRows) but for the quotes, which each
 * provider aggregates its own way (`quotes`: an SQL expression over the claim `c`, or NULL).
 * Replaced Prisma's findMany with a relation filter (three statements: claims, claimants,
 * citations), and a second one for the search snippets' texts (three more).
 */
export function listRowSql(ids: readonly number[], quotes: Prisma.Sql): Prisma.Sql {
  const count = (stance: string) =>
    Prisma.sql`(SELECT count(*) FROM "Citation" ci WHERE ci."claimId" = c."id"
      AND ci."deletedAt" IS NULL AND ci."stance" = ${stance})`;
  return Prisma.sql`SELECT c."id", c."title", c."statement", c."verdict", c."confidence",
      c."updatedAt", c."context", cl."id" AS "claimantId", cl."name" AS "claimantName",
      ${count('supports')} AS "supportingCount", ${count('contradicts')} AS "contradictingCount",
      ${quotes} AS "quotes"
    FROM "Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId"
    WHERE c."id" IN (${Prisma.join([...ids])})`;
}

type Raw = Record<string, unknown>;

/** A row for the store's callers; `date` reads the provider's instant, `quotes` its list. */
export function claimListRow(
  r: Raw,
  date: (value: unknown) => Date,
  quotes: ((value: unknown) => string[]) | null,
): ClaimListRow {
  return {
    id: Number(r.id),
    title: r.title as string | null,
    statement: r.statement as string,
    verdict: r.verdict as string,
    confidence: r.confidence as string,
    updatedAt: date(r.updatedAt),
    claimantId: Number(r.claimantId),
    claimantName: r.claimantName as string,
    supportingCount: Number(r.supportingCount),
    contradictingCount: Number(r.contradictingCount),
    ...(quotes ? { texts: { context: r.context as string, quotes: quotes(r.quotes) } } : {}),
  };
}

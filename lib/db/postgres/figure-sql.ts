import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import { drawableFigureSql, FIGURE_COLUMNS } from '../figure-sql';
import type { ClaimVisibility } from '../search-store';
import { postgresKeysetSql } from './search-keyset-sql';

/**
 * The list's figures in one statement (SearchStore.findFigureRows), the twin of
 * lib/db/sqlite/figure-sql.ts: the list's own filters and order (the keyset statements'),
 * restricted to claims with a drawable figure, each unit as spelt keeping its first `perUnit`
 * in list order. A search reads "ClaimSearch" (no quantity columns): its matches are checked
 * on their claim row (`q`), found by primary key.
 */
export function postgresFigureSql(
  query: ClaimListQuery,
  visibility: ClaimVisibility,
  perUnit: number,
): Prisma.Sql {
  const { filter, listOrder } = postgresKeysetSql(query, visibility);
  const q = filter.fullText ? Prisma.sql`q` : Prisma.sql`c`;
  const from = filter.fullText
    ? Prisma.sql`${filter.from} JOIN "Claim" q ON q."id" = c."id"`
    : filter.from;
  const where = filter.where({
    statuses: visibility.statuses,
    extra: [drawableFigureSql(q)],
  });
  // The kept rows are put in list order by their own claim's keys (the same columns on "Claim"):
  // a window numbering the whole list was a second sort of every figure (~100 ms at 100,000
  // claims). Only a search by relevance orders by its rank, which "Claim" has not: numbered.
  const numbered = filter.fullText && query.sort === 'relevance';
  return Prisma.sql`WITH r AS (SELECT c."id" AS id${
    numbered ? Prisma.sql`, row_number() OVER (ORDER BY ${listOrder}) AS pos` : Prisma.empty
  },
      row_number() OVER (PARTITION BY ${q}."quantityUnit" ORDER BY ${listOrder}) AS rn,
      count(*) OVER (PARTITION BY ${q}."quantityUnit") AS "unitTotal"
      ${from} ${where})
    SELECT ${FIGURE_COLUMNS}, r."unitTotal" AS "unitTotal"
    FROM r JOIN "Claim" c ON c."id" = r.id JOIN "Claimant" cl ON cl."id" = c."claimantId"
    WHERE r.rn <= ${perUnit}
    ORDER BY ${numbered ? Prisma.sql`r.pos` : listOrder}`;
}

import { Prisma } from '@/lib/generated/prisma/client';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/domain/claims';
import { searchTerms, toFts5Match } from '@/lib/search/fts-query';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import { PUBLIC_STATUSES, type ClaimVisibility, type DeletedVisibility } from '../search-store';

/**
 * The SQLite statements behind the claim list: the total first, then the page of ids. Built
 * with Prisma.sql so every user value is a bound parameter. Kept free of `server-only` so
 * `npm run bench` runs the very same statements through better-sqlite3 for comparison.
 * The filters (claimListFilter) are shared with the keyset statements of the exports and the
 * API (search-keyset-sql.ts), so every view of the list selects the same claims.
 */

// bm25 weights per column of claim_fts: statement, title, context, claimant, quotes.
export const RANK = Prisma.sql`bm25("claim_fts", 10.0, 8.0, 2.0, 4.0, 1.0)`;

/**
 * Below this many matches a tag filter reads the tag's claims first (`IN`); above it, walking
 * the list in order and probing each claim's tags (`EXISTS`) finds a page sooner. Measured at
 * 100,000 claims: a rare tag 23 ms -> 0.2 ms, a common one 39 ms -> 0.2 ms.
 */
export const SELECTIVE_TAG_MATCHES = 2_000;

export type TagForm = 'in' | 'exists';

export interface ClaimListFilter {
  /** Whether the list state has search words: the statements then read claim_fts. */
  fullText: boolean;
  from: Prisma.Sql;
  /**
   * The WHERE clause: visibility (`statuses`; deleted claims only when `deleted` says so),
   * search, filters, then `extra` (e.g. a keyset bound). `tagForm` picks the tag condition's
   * form (SELECTIVE_TAG_MATCHES).
   */
  where(options: {
    statuses: readonly ClaimStatus[];
    deleted?: DeletedVisibility;
    tagForm: TagForm;
    extra?: readonly Prisma.Sql[];
  }): Prisma.Sql;
}

/** The claim list's filters for a list state: one builder for the list, exports and the API. */
export function claimListFilter(query: ClaimListQuery): ClaimListFilter {
  const terms = searchTerms(query.q);
  const fullText = terms.length > 0;

  const filters: Prisma.Sql[] = [];
  if (fullText) filters.push(Prisma.sql`"claim_fts" MATCH ${toFts5Match(terms)}`);
  if (query.verdicts.length > 0) {
    filters.push(Prisma.sql`c."verdict" IN (${Prisma.join(query.verdicts)})`);
  }
  if (query.confidence) filters.push(Prisma.sql`c."confidence" = ${query.confidence}`);
  if (query.claimant) filters.push(Prisma.sql`c."claimantId" = ${query.claimant}`);
  if (query.source) {
    filters.push(Prisma.sql`c."id" IN (
      SELECT ci."claimId" FROM "Citation" ci
      WHERE ci."sourceId" = ${query.source} AND ci."deletedAt" IS NULL)`);
  }
  const tag: Record<TagForm, Prisma.Sql> | null = query.tag
    ? {
        in: Prisma.sql`c."id" IN (
      SELECT ct."claimId" FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
      WHERE t."slug" = ${query.tag})`,
        exists: Prisma.sql`EXISTS (
      SELECT 1 FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
      WHERE ct."claimId" = c."id" AND t."slug" = ${query.tag})`,
      }
    : null;

  return {
    fullText,
    from: fullText
      ? Prisma.sql`FROM "claim_fts" JOIN "Claim" c ON c."id" = "claim_fts".rowid`
      : Prisma.sql`FROM "Claim" c`,
    where({ statuses, deleted = 'hide', tagForm, extra = [] }) {
      const conditions = [
        statusCondition(statuses),
        ...deletedCondition(deleted),
        ...filters,
        ...(tag ? [tag[tagForm]] : []),
        ...extra,
      ];
      return Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`;
    },
  };
}

/** Statuses are written as literals (from the fixed list): the planner then picks its index. */
function statusCondition(statuses: readonly ClaimStatus[]): Prisma.Sql {
  const known = statuses.filter((s) => (CLAIM_STATUSES as readonly string[]).includes(s));
  if (known.length === 0) throw new Error('A claim list needs at least one status.');
  const literals = known.map((s) => Prisma.raw(`'${s}'`));
  return known.length === 1
    ? Prisma.sql`c."status" = ${literals[0]!}`
    : Prisma.sql`c."status" IN (${Prisma.join(literals)})`;
}

function deletedCondition(deleted: DeletedVisibility): Prisma.Sql[] {
  if (deleted === 'include') return [];
  return [
    deleted === 'only' ? Prisma.sql`c."deletedAt" IS NOT NULL` : Prisma.sql`c."deletedAt" IS NULL`,
  ];
}

export interface ClaimListSql {
  count: Prisma.Sql;
  page: (options: { offset: number; limit: number; total: number }) => Prisma.Sql;
}

export function claimListSql(
  query: ClaimListQuery,
  { statuses, deleted }: ClaimVisibility = { statuses: PUBLIC_STATUSES },
): ClaimListSql {
  const filter = claimListFilter(query);
  const order = orderBy(query, filter.fullText);
  return {
    count: Prisma.sql`SELECT count(*) AS total ${filter.from}
      ${filter.where({ statuses, deleted, tagForm: 'in' })}`,
    page: ({ offset, limit, total }) =>
      Prisma.sql`SELECT c."id" AS id ${filter.from}
        ${filter.where({ statuses, deleted, tagForm: total < SELECTIVE_TAG_MATCHES ? 'in' : 'exists' })}
        ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
  };
}

export function orderBy(query: ClaimListQuery, fullText: boolean): Prisma.Sql {
  switch (query.sort) {
    case 'relevance':
      return fullText
        ? Prisma.sql`${RANK}, c."updatedAt" DESC, c."id" DESC`
        : Prisma.sql`c."updatedAt" DESC, c."id" DESC`;
    case 'created':
      return Prisma.sql`c."createdAt" DESC, c."id" DESC`;
    case 'verdict':
      return Prisma.sql`c."verdictRank" ASC, c."updatedAt" DESC, c."id" DESC`;
    default:
      return Prisma.sql`c."updatedAt" DESC, c."id" DESC`;
  }
}

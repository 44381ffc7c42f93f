import { Prisma } from '@/lib/generated/prisma/client';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/domain/claims';
import { searchTerms } from '@/lib/search/fts-query';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import type { ClaimVisibility, DeletedVisibility } from '../search-store';

/**
 * The PostgreSQL statements behind the claim list (the twin of lib/db/sqlite/search-sql.ts):
 * the same filters, the same order. With search words they read "ClaimSearch" alone (the
 * migration 20261203100200_claim_search: a tsvector per claim next to the claim's columns the
 * list filters and sorts on, kept current by triggers), aliased `c` like "Claim" otherwise, so
 * every filter below reads the same column names from either. Built with Prisma.sql (bound
 * values), run as `.text`/`.values` on the process's pg pool.
 */

export interface PostgresListFilter {
  fullText: boolean;
  from: Prisma.Sql;
  /** The query's tsquery (full text only). */
  tsquery: Prisma.Sql;
  where(options: { statuses: readonly ClaimStatus[]; extra?: readonly Prisma.Sql[] }): Prisma.Sql;
}

/**
 * The search words, as the app's own literal words (lib/search/fts-query.ts): plainto_tsquery
 * then reads no operator (`|`, `!`, `<->`, quotes) whatever was typed, and every word must match.
 */
export function postgresListFilter(
  query: ClaimListQuery,
  deleted: DeletedVisibility = 'hide',
  tag?: TagId,
): PostgresListFilter {
  const terms = searchTerms(query.q);
  const fullText = terms.length > 0;
  const tsquery = Prisma.sql`plainto_tsquery('claim_search', ${terms.join(' ')})`;
  const filters: Prisma.Sql[] = [];
  if (deleted !== 'include') {
    filters.push(
      deleted === 'only'
        ? Prisma.sql`c."deletedAt" IS NOT NULL`
        : Prisma.sql`c."deletedAt" IS NULL`,
    );
  }
  if (fullText) filters.push(Prisma.sql`c."document" @@ ${tsquery}`);
  if (query.verdicts.length > 0) {
    filters.push(Prisma.sql`c."verdict" IN (${Prisma.join(query.verdicts)})`);
  }
  if (query.confidence) filters.push(Prisma.sql`c."confidence" = ${query.confidence}`);
  if (query.claimant) filters.push(Prisma.sql`c."claimantId" = ${query.claimant}`);
  if (query.source) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "Citation" ci
      WHERE ci."claimId" = c."id" AND ci."sourceId" = ${query.source} AND ci."deletedAt" IS NULL)`);
  }
  if (query.tag) {
    // A search reads the tag ids its rows carry (GIN, ANDed with the words' bitmap); the list
    // without words probes ClaimTag by the tag's id (a rare tag's claims then read first, by
    // the statistics of "tagId"). No such tag: NULL, no claim.
    // The tag's id as a value when the caller looked it up (tagIdSql): the planner then reads
    // its frequency from the statistics of "tagIds" (measured at 1M claims, "russia" with its
    // tag: a bitmap AND of 62,000 rows, 1.9 s, against a walk of the newest, 0.12 s).
    const id =
      tag === undefined
        ? Prisma.sql`(SELECT t."id" FROM "Tag" t WHERE t."slug" = ${query.tag})`
        : Prisma.sql`${tag}::int`;
    filters.push(
      fullText
        ? Prisma.sql`c."tagIds" @> ARRAY[${id}]`
        : Prisma.sql`EXISTS (SELECT 1 FROM "ClaimTag" ct
      WHERE ct."claimId" = c."id" AND ct."tagId" = ${id})`,
    );
  }
  return {
    fullText,
    tsquery,
    from: fullText ? Prisma.sql`FROM "ClaimSearch" c` : Prisma.sql`FROM "Claim" c`,
    where: ({ statuses, extra = [] }) =>
      Prisma.sql`WHERE ${Prisma.join([statusCondition(statuses), ...filters, ...extra], ' AND ')}`,
  };
}

/** A tag's id (null: no such tag, so no claim), or undefined: looked up in the statement. */
export type TagId = number | null | undefined;

/** `{ id }` of the tag a list state names (no row: no such tag). */
export const tagIdSql = (slug: string) =>
  Prisma.sql`SELECT t."id" AS id FROM "Tag" t WHERE t."slug" = ${slug}`;

/** Statuses as literals (from the fixed list): the planner then picks its index per status. */
function statusCondition(statuses: readonly ClaimStatus[]): Prisma.Sql {
  const known = statuses.filter((s) => (CLAIM_STATUSES as readonly string[]).includes(s));
  if (known.length === 0) throw new Error('A claim list needs at least one status.');
  return Prisma.sql`c."status" IN (${Prisma.join(known.map((s) => Prisma.raw(`'${s}'`)))})`;
}

/** ts_rank, higher first; ranks differ from SQLite's bm25, the matches do not. */
export const rank = (filter: PostgresListFilter) =>
  Prisma.sql`ts_rank(c."document", ${filter.tsquery})`;

export function postgresOrderBy(query: ClaimListQuery, filter: PostgresListFilter): Prisma.Sql {
  switch (query.sort) {
    case 'relevance':
      return filter.fullText
        ? Prisma.sql`${rank(filter)} DESC, c."updatedAt" DESC, c."id" DESC`
        : Prisma.sql`c."updatedAt" DESC, c."id" DESC`;
    case 'created':
      return Prisma.sql`c."createdAt" DESC, c."id" DESC`;
    case 'verdict':
      return Prisma.sql`c."verdictRank" ASC, c."updatedAt" DESC, c."id" DESC`;
    default:
      return Prisma.sql`c."updatedAt" DESC, c."id" DESC`;
  }
}

export function postgresListSql(
  query: ClaimListQuery,
  { statuses, deleted }: ClaimVisibility,
  tag?: TagId,
) {
  const filter = postgresListFilter(query, deleted, tag);
  const where = filter.where({ statuses });
  return {
    /** Every claim the list state selects, uncapped: `{ total }`. */
    count: Prisma.sql`SELECT count(*)::int AS total ${filter.from} ${where}`,
    page: (offset: number, limit: number) =>
      Prisma.sql`SELECT c."id" ${filter.from} ${where}
        ORDER BY ${postgresOrderBy(query, filter)} LIMIT ${limit} OFFSET ${offset}`,
    /** A search holds at most a cap of claims, the newest of its matches (newestPage). */
    capped: filter.fullText,
    /**
     * A search's page: rows `{ id, held }` in list order, `held` being how many of the newest
     * cap + 1 matches there are (cap + 1: more match than the list holds, which holds the cap
     * newest). One statement reads the window once for both. Newest by id: for a common word
     * the planner walks the primary key backwards and stops after cap + 1 matches (the GIN
     * bitmap of every match costs more, ~140 ms for "russia" at 1M claims); for a rare one it
     * takes the GIN bitmap.
     */
    newestPage: (offset: number, limit: number, cap: number) => {
      // ts_rank runs on the window's rows only, read again by id: in the window's own select
      // list it would run on every match a bitmap scan reads before the sort keeps cap + 1
      // (measured at 100k claims, "russia" with its tag: 6,059 ranked, 48 ms p50).
      const ranked = query.sort === 'relevance';
      return Prisma.sql`WITH w AS MATERIALIZED (
          SELECT c."id" AS id, c."updatedAt" AS u, c."createdAt" AS cr, c."verdictRank" AS vr
          ${filter.from} ${where} ORDER BY c."id" DESC LIMIT ${cap + 1}),
          n AS (SELECT count(*)::int AS held, min(id) AS oldest FROM w)
        SELECT w.id AS id, n.held AS held FROM w CROSS JOIN n
          ${ranked ? Prisma.sql`JOIN "ClaimSearch" c ON c."id" = w.id` : Prisma.empty}
        WHERE n.held <= ${cap} OR w.id > n.oldest
        ORDER BY ${ranked ? Prisma.sql`${rank(filter)} DESC, ` : Prisma.empty}${windowOrder(query)}
        LIMIT ${limit} OFFSET ${offset}`;
    },
    /** `{ held }` as newestPage counts it (a page past the last one). */
    newestCount: (cap: number) =>
      Prisma.sql`SELECT count(*)::int AS held FROM (SELECT c."id" ${filter.from} ${where}
        ORDER BY c."id" DESC LIMIT ${cap + 1}) w`,
  };
}

/** postgresOrderBy's order over the window's columns, after the rank (newestPage). */
function windowOrder(query: ClaimListQuery): Prisma.Sql {
  switch (query.sort) {
    case 'created':
      return Prisma.sql`w.cr DESC, w.id DESC`;
    case 'verdict':
      return Prisma.sql`w.vr ASC, w.u DESC, w.id DESC`;
    default:
      return Prisma.sql`w.u DESC, w.id DESC`;
  }
}

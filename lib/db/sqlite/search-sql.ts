import { Prisma } from '@/lib/generated/prisma/client';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/domain/claims';
import { searchTerms, toFts5Match } from '@/lib/search/fts-query';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import type { Stage } from '@/lib/domain/stages';
import { deskFilterConditions, stageLiteral, stageStatusAmong } from '../desk-filter-sql';
import {
  PUBLIC_STATUSES,
  type ClaimVisibility,
  type DeletedVisibility,
  type DeskListFilter,
} from '../search-store';

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
 * Below this many tagged claims a tag filter reads the tag's claims first (`IN`); above it,
 * walking the list in order and probing each claim's tags (`EXISTS`) finds a page sooner.
 * Measured at 100,000 claims: a rare tag 23 ms -> 0.2 ms, a common one 39 ms -> 0.2 ms. The
 * tag's size is counted up to this bound first (search-keyset-sql.ts tagSizeSql).
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
    /** The statement reads claims in the list's order (a page): see `stageConditions`. */
    ordered?: boolean;
  }): Prisma.Sql;
}

/**
 * The claim list's filters for a list state: one builder for the list, exports and the API;
 * `desk` (the editors' list only) adds the workflow filters.
 */
export function claimListFilter(query: ClaimListQuery, desk?: DeskListFilter): ClaimListFilter {
  const terms = searchTerms(query.q);
  const fullText = terms.length > 0;

  const filters: Prisma.Sql[] = [];
  if (fullText) filters.push(Prisma.sql`"claim_fts" MATCH ${toFts5Match(terms)}`);
  const desks = deskFilterConditions(desk, Prisma.sql`c`);
  // The stage apart (stageConditions), the people filters with the others.
  filters.push(...deskFilterConditions(desk && { ...desk, stage: undefined }, Prisma.sql`c`));
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
  // EXISTS names the claim by claim_fts's rowid in a search: the probe (a covering index) then
  // runs before the claim's row is read, and most matches of a common word fail it. `IN` keeps
  // c."id": on claim_fts's rowid SQLite would probe the index once per listed claim.
  const claimId = fullText ? Prisma.sql`"claim_fts".rowid` : Prisma.sql`c."id"`;
  if (query.story) {
    // A published, live story's claims (lib/stories/story-rules.ts PUBLIC_STORY).
    filters.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "StoryClaim" sc JOIN "Story" s ON s."id" = sc."storyId"
      WHERE sc."claimId" = ${claimId} AND s."slug" = ${query.story}
        AND s."status" = 'published' AND s."deletedAt" IS NULL)`);
  }
  const tag: Record<TagForm, Prisma.Sql> | null = query.tag
    ? {
        in: Prisma.sql`c."id" IN (
      SELECT ct."claimId" FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
      WHERE t."slug" = ${query.tag})`,
        exists: Prisma.sql`EXISTS (
      SELECT 1 FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
      WHERE ct."claimId" = ${claimId} AND t."slug" = ${query.tag})`,
      }
    : null;

  return {
    fullText,
    from: fullText
      ? Prisma.sql`FROM "claim_fts" JOIN "Claim" c ON c."id" = "claim_fts".rowid`
      : Prisma.sql`FROM "Claim" c`,
    where({ statuses, deleted = 'hide', tagForm, extra = [], ordered = false }) {
      const conditions = [
        ...(desk?.stage !== undefined
          ? stageConditions(desk.stage, statuses, ordered)
          : desks.length > 0 && everyStatus(statuses)
            ? []
            : [statusCondition(statuses)]),
        ...deletedCondition(deleted),
        ...filters,
        ...(tag ? [tag[tagForm]] : []),
        ...extra,
      ];
      return Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`;
    },
  };
}

/**
 * A stage filter, which also stands for the status filter (stageStatusAmong). sqlite_stat1 gives
 * the planner only the stage index's average stage size (1/6 of the claims), so it read any
 * stage's claims from that index and sorted them for a page, whether the stage holds 1,500
 * claims or Published's 89,000 (100,000 claims: 194 ms a page). A page (`ordered`) names the
 * stage's status and checks the stage on the row (`+`: not through an index), so the planner
 * walks that status's index in the list's order and stops at the page's end (0.1 ms, Published
 * or a rare stage); a count reads the stage index alone, without reading rows (4 ms for
 * Published; with the status condition beside it, 163 ms).
 */
function stageConditions(
  stage: Stage,
  statuses: readonly ClaimStatus[],
  ordered: boolean,
): Prisma.Sql[] {
  const literal = stageLiteral(stage);
  const status = stageStatusAmong(stage, statuses);
  if (status === null) return [Prisma.sql`0`];
  if (!ordered) return [Prisma.sql`c."stage" = ${literal}`];
  return [statusCondition([status]), Prisma.sql`+c."stage" = ${literal}`];
}

/**
 * Whether a list of statuses holds every status, so that its condition selects every claim. The
 * editors' list with a desk filter then leaves it out: the planner reads the desk's own index
 * (stage, assignee, reviewer) instead of walking every claim of both statuses in the status
 * index and reading each claim's row for its stage. Measured at 100,000 claims (count + page,
 * p50): stage Researching 292 -> 1.2 ms, unassigned 299 -> 88 ms, stage Ready by verdict
 * 349 -> 1.9 ms. (A stage filter goes further: stageConditions.)
 */
function everyStatus(statuses: readonly ClaimStatus[]): boolean {
  return CLAIM_STATUSES.every((s) => statuses.includes(s));
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
  /** Every claim the list state selects, uncapped: `{ total }`. */
  count: Prisma.Sql;
  /** A page by offset, rows `{ id }` (a list that `capped` says is not capped). */
  page(options: { offset: number; limit: number; tagForm: TagForm }): Prisma.Sql;
  /**
   * Whether the list is a search that holds at most a cap of claims, the newest of its matches
   * (read by `newestPage`). A search with a rare tag (`in`: under SELECTIVE_TAG_MATCHES claims)
   * is small anyway: it is ranked whole, and SQLite may start from the tag's claims.
   */
  capped(tagForm: TagForm): boolean;
  /**
   * A capped search's page: rows `{ id, held }` in list order, `held` being how many of the
   * newest cap + 1 matches there are (cap + 1: more match than the list holds). Every row
   * carries it; past the last page there is no row, and `newestCount` tells. Ranked by
   * relevance by bm25 over every word, or, when more match than the list holds, over
   * `rankTerms` (default: every word; see rankTermsOf).
   */
  newestPage(options: {
    offset: number;
    limit: number;
    tagForm: TagForm;
    cap: number;
    rankTerms?: readonly string[];
  }): Prisma.Sql;
  /** `{ held }` as newestPage counts it. */
  newestCount(options: { tagForm: TagForm; cap: number }): Prisma.Sql;
}

export function claimListSql(
  query: ClaimListQuery,
  { statuses, deleted, desk }: ClaimVisibility = { statuses: PUBLIC_STATUSES },
): ClaimListSql {
  const filter = claimListFilter(query, desk);
  const where = (tagForm: TagForm) => filter.where({ statuses, deleted, tagForm });
  /**
   * The newest cap + 1 matches, newest first: claim_fts yields its rowids (= claim ids) in
   * order, so this reads cap + 1 matches however many there are; with each sort key when
   * `keys`.
   */
  const newest = (tagForm: TagForm, cap: number, keys: boolean, ranked = false) =>
    Prisma.sql`SELECT c."id" AS id${
      keys
        ? Prisma.sql`, c."updatedAt" AS u, c."createdAt" AS cr, c."verdictRank" AS vr`
        : Prisma.empty
    }${ranked ? Prisma.sql`, ${RANK} AS r` : Prisma.empty}
      ${filter.from} ${where(tagForm)}
      ORDER BY "claim_fts".rowid DESC LIMIT ${cap + 1}`;
  return {
    count: Prisma.sql`SELECT count(*) AS total ${filter.from} ${where('in')}`,
    page: ({ offset, limit, tagForm }) =>
      Prisma.sql`SELECT c."id" AS id ${filter.from} ${filter.where({ statuses, deleted, tagForm, ordered: true })}
        ORDER BY ${orderBy(query, filter.fullText)} LIMIT ${limit} OFFSET ${offset}`,
    capped: (tagForm) => filter.fullText && !(query.tag && tagForm === 'in'),
    // One statement: the window is read once, for the count and the page (the cap + 1-th
    // match only tells that there are more; the list holds the cap newest).
    newestPage: ({ offset, limit, tagForm, cap, rankTerms }) => {
      const terms = searchTerms(query.q);
      const relevance = query.sort === 'relevance' && terms.length > 0;
      const lighter = relevance && rankTerms !== undefined && rankTerms.length < terms.length;
      if (relevance && !lighter) {
        // Ranked by every word: bm25 is read by the window's own cursor as it passes each
        // match (the scores a second cursor would read, ~1.4 ms less at 100,000 claims).
        return Prisma.sql`WITH w AS MATERIALIZED (${newest(tagForm, cap, true, true)}),
            n AS (SELECT count(*) AS held, min(id) AS oldest FROM w)
          SELECT w.id AS id, n.held AS held FROM w CROSS JOIN n
          WHERE n.held <= ${cap} OR w.id > n.oldest
          ORDER BY w.r, ${windowOrder(query)}
          LIMIT ${limit} OFFSET ${offset}`;
      }
      // A window that overflows holds the newest cap matches only, an order no export repeats:
      // there the words bm25 barely weighs are left out (rankTermsOf) and not counted, so the
      // rank is read by a second claim_fts cursor over the window's rowid range, with only the
      // words that weigh. bm25 counts every claim holding each of its words once per statement
      // (its IDF). A window of every match (held <= cap) is still ranked by every word, exactly
      // as the exports and the API rank the same search (search-keyset-sql.ts), so the list and
      // its export agree. A condition on `n` alone is checked before its cursor opens, so only
      // one of the two ranks runs.
      const rank = (name: string, words: readonly string[], when: Prisma.Sql) =>
        Prisma.sql`, ${Prisma.raw(name)} AS MATERIALIZED (SELECT rowid AS id, ${RANK} AS r
            FROM "claim_fts" WHERE "claim_fts" MATCH ${toFts5Match(words)}
              AND rowid >= (SELECT oldest FROM n)${when})`;
      const ranks = !lighter
        ? []
        : [
            rank('rf', terms, Prisma.sql` AND (SELECT held FROM n) <= ${cap}`),
            ...(rankTerms.length > 0
              ? [rank('rr', rankTerms, Prisma.sql` AND (SELECT held FROM n) > ${cap}`)]
              : []),
          ];
      const names = ranks.length === 2 ? ['rf', 'rr'] : ranks.length === 1 ? ['rf'] : [];
      const joins = names.map((t) => Prisma.raw(` LEFT JOIN ${t} ON ${t}.id = w.id`));
      const rankOrder =
        names.length === 0
          ? Prisma.empty
          : Prisma.raw(names.length === 2 ? 'coalesce(rf.r, rr.r), ' : 'rf.r, ');
      return Prisma.sql`WITH w AS MATERIALIZED (${newest(tagForm, cap, true)}),
          n AS (SELECT count(*) AS held, min(id) AS oldest FROM w)${ranks.length > 0 ? Prisma.join(ranks, '') : Prisma.empty}
        SELECT w.id AS id, n.held AS held FROM w CROSS JOIN n${joins.length > 0 ? Prisma.join(joins, '') : Prisma.empty}
        WHERE n.held <= ${cap} OR w.id > n.oldest
        ORDER BY ${rankOrder}${windowOrder(query)}
        LIMIT ${limit} OFFSET ${offset}`;
    },
    newestCount: ({ tagForm, cap }) =>
      Prisma.sql`SELECT count(*) AS held FROM (${newest(tagForm, cap, false)})`,
  };
}

/**
 * How many of a word's newest matches `termSampleSql` reads to tell how common the word is:
 * ~0.1 ms a word at 1,000,000 claims, and a proportion to ±1.6 % at one half.
 */
export const TERM_SAMPLE = 1_000;

/**
 * Rows `{ i, n, lo }`: for the i-th word, how many of its newest TERM_SAMPLE matches there are
 * (`n`) and the oldest one's rowid (`lo`); and a row i = -1 with the highest rowid (`n`) and
 * the lowest (`lo`). Read by rankTermsOf.
 */
export function termSampleSql(terms: readonly string[]): Prisma.Sql {
  const samples = terms.map(
    (term, i) => Prisma.sql`SELECT ${i} AS i, count(*) AS n, min(rowid) AS lo FROM (
      SELECT rowid FROM "claim_fts" WHERE "claim_fts" MATCH ${toFts5Match([term])}
      ORDER BY rowid DESC LIMIT ${TERM_SAMPLE})`,
  );
  return Prisma.sql`SELECT -1 AS i,
      (SELECT rowid FROM "claim_fts" ORDER BY rowid DESC LIMIT 1) AS n,
      (SELECT rowid FROM "claim_fts" ORDER BY rowid ASC LIMIT 1) AS lo
    ${samples.length > 0 ? Prisma.sql`UNION ALL ${Prisma.join(samples, ' UNION ALL ')}` : Prisma.empty}`;
}

type SampleRow = { i: number | bigint; n: number | bigint | null; lo: number | bigint | null };

/**
 * The words a capped search is ranked by: those in fewer than half the claims, as the newest
 * of their matches tell (termSampleSql; claim ids follow the order claims were added, so the
 * span of the newest TERM_SAMPLE matches says how dense the word is; a word with fewer matches
 * is counted whole). bm25 gives a word in half the claims or more an IDF of 1e-6 (FTS5's floor):
 * it only breaks ties, yet bm25 counts every claim that holds it, ~35 ms for "the" in 932,000
 * of 1,000,000 claims. Left out, the order is bm25's but for those ties (then newest first,
 * as the list breaks every tie); a search of such words alone is listed newest first.
 */
export function rankTermsOf(terms: readonly string[], rows: readonly SampleRow[]): string[] {
  const row = (i: number) => rows.find((r) => Number(r.i) === i);
  const bounds = row(-1);
  if (!bounds || bounds.n === null || bounds.lo === null) return [...terms];
  const highest = Number(bounds.n);
  const claims = highest - Number(bounds.lo) + 1;
  return terms.filter((_, i) => {
    const sample = row(i);
    const n = Number(sample?.n ?? 0);
    if (n === 0) return true;
    const span = n < TERM_SAMPLE ? claims : highest - Number(sample!.lo) + 1;
    return 2 * n < span;
  });
}

/** orderBy's order over the window's columns, after the rank if any (see claimListSql). */
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

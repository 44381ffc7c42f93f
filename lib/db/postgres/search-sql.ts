import { Prisma } from '@/lib/generated/prisma/client';
import { CLAIM_STATUSES, type ClaimStatus } from '@/lib/domain/claims';
import { searchTerms, termForms } from '@/lib/search/fts-query';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import { deskFilterConditions, stageStatusAmong } from '../desk-filter-sql';
import type { ClaimVisibility, DeletedVisibility, DeskListFilter } from '../search-store';

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
  where(options: ListConditionOptions): Prisma.Sql;
  /** `where`'s conditions, ANDed, without the WHERE. */
  conditions(options: ListConditionOptions): Prisma.Sql;
}

interface ListConditionOptions {
  statuses: readonly ClaimStatus[];
  extra?: readonly Prisma.Sql[];
  /** The statement reads claims in the list's order (a page): see statusConditions. */
  ordered?: boolean;
}

/**
 * The search words as a tsquery: every term must match, each by any of its forms
 * (lib/search/fts-query.ts `termForms`, the list FTS5 reads too), each form a parameter read by
 * phraseto_tsquery, which reads no operator (`|`, `!`, `<->`, quotes) whatever was typed; the
 * forms are joined by the tsquery operators here, never by parsing text.
 */
export function searchTsquery(terms: readonly string[]): Prisma.Sql {
  const groups = terms.map((term) => {
    const forms = termForms(term).map(
      (form) => Prisma.sql`phraseto_tsquery('claim_search', ${form})`,
    );
    return Prisma.sql`(${Prisma.join(forms, ' || ')})`;
  });
  return Prisma.join(groups, ' && ');
}

/** The claim list's filters on "ClaimSearch" for a list state. */
export function postgresListFilter(
  query: ClaimListQuery,
  deleted: DeletedVisibility = 'hide',
  tag?: TagId,
  desk?: DeskListFilter,
): PostgresListFilter {
  const terms = searchTerms(query.q);
  const fullText = terms.length > 0;
  const tsquery = fullText ? Prisma.sql`(${searchTsquery(terms)})` : Prisma.sql`NULL::tsquery`;
  const filters: Prisma.Sql[] = [];
  if (deleted !== 'include') {
    filters.push(
      deleted === 'only'
        ? Prisma.sql`c."deletedAt" IS NOT NULL`
        : Prisma.sql`c."deletedAt" IS NULL`,
    );
  }
  if (fullText) filters.push(Prisma.sql`c."document" @@ ${tsquery}`);
  // The editors' desk filters. "ClaimSearch" (a search's rows) has no workflow columns: its
  // rows probe their claim by primary key, one lookup per row the search reads.
  const desks = deskFilterConditions(desk, fullText ? Prisma.sql`d` : Prisma.sql`c`);
  if (desks.length > 0) {
    filters.push(
      fullText
        ? Prisma.sql`EXISTS (SELECT 1 FROM "Claim" d
      WHERE d."id" = c."id" AND ${Prisma.join(desks, ' AND ')})`
        : Prisma.join(desks, ' AND '),
    );
  }
  if (query.verdicts.length > 0) {
    filters.push(Prisma.sql`c."verdict" IN (${Prisma.join(query.verdicts)})`);
  }
  if (query.confidence) filters.push(Prisma.sql`c."confidence" = ${query.confidence}`);
  if (query.claimant) filters.push(Prisma.sql`c."claimantId" = ${query.claimant}`);
  if (query.source) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "Citation" ci
      WHERE ci."claimId" = c."id" AND ci."sourceId" = ${query.source} AND ci."deletedAt" IS NULL)`);
  }
  if (query.story) {
    // A published, live story's claims (lib/stories/story-rules.ts PUBLIC_STORY).
    filters.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "StoryClaim" sc JOIN "Story" s ON s."id" = sc."storyId"
      WHERE sc."claimId" = c."id" AND s."slug" = ${query.story}
        AND s."status" = 'published' AND s."deletedAt" IS NULL)`);
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
  /**
   * The status condition. A stage filter stands for it (stageStatusAmong): a page names the
   * stage's one status, so the planner walks that status's index in the list's order and stops
   * at the page's end; a count leaves it out and counts the stage index without reading rows.
   * At 100,000 claims, Published (89,000): the page 68 -> 0.07 ms, the count a sequential scan ->
   * an Index Only Scan of the stage index (as the unfiltered list's count).
   */
  const statusConditions = ({ statuses, ordered = false }: ListConditionOptions) => {
    if (desk?.stage === undefined) return [statusCondition(statuses)];
    const status = stageStatusAmong(desk.stage, statuses);
    if (status === null) return [Prisma.sql`FALSE`];
    return ordered || fullText ? [statusCondition([status])] : [];
  };
  const conditions: PostgresListFilter['conditions'] = (options) =>
    Prisma.join([...statusConditions(options), ...filters, ...(options.extra ?? [])], ' AND ');
  return {
    fullText,
    tsquery,
    from: fullText ? Prisma.sql`FROM "ClaimSearch" c` : Prisma.sql`FROM "Claim" c`,
    conditions,
    where: (options) => Prisma.sql`WHERE ${conditions(options)}`,
  };
}

/**
 * Whether the list state selects any claim (a row `one`, or none). A search's matches come from
 * the GIN bitmap first (MATERIALIZED: read lazily, so LIMIT 1 stops at the first that passes
 * the filters): the planner cannot estimate phraseto_tsquery's words and, under LIMIT 1, walked
 * every claim for a word with no match (~75-160 ms at 100,000 claims; now ~3 ms, a common word
 * ~10 ms).
 */
export function hasClaimsSql(
  query: ClaimListQuery,
  { statuses, deleted, desk }: ClaimVisibility,
): Prisma.Sql {
  const filter = postgresListFilter(query, deleted, undefined, desk);
  if (!filter.fullText) {
    return Prisma.sql`SELECT 1 AS one ${filter.from} ${filter.where({ statuses })} LIMIT 1`;
  }
  return Prisma.sql`WITH m AS MATERIALIZED (
      SELECT s."id" FROM "ClaimSearch" s WHERE s."document" @@ ${filter.tsquery})
    SELECT 1 AS one FROM m JOIN "ClaimSearch" c ON c."id" = m."id"
    WHERE ${filter.conditions({ statuses })} LIMIT 1`;
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

/**
 * How many of the newest claims `newestSample` reads to tell how dense a search's matches are
 * among recent claims (~2-3 ms at 1,000,000 claims; a density to ±0.5 % at 5 %).
 */
export const DENSITY_SAMPLE = 2_000;

/**
 * A search whose matches are at least this dense among the newest claims reads its window by
 * walking the primary key backwards (at most (cap + 1) / density claims: 20,000 at 5 %);
 * sparser ones read an id range sized from the density through the bitmaps of the words' GIN
 * and of the primary key. Measured at 1,000,000 claims: "ceasefire" (2 %) walked 51,000 claims,
 * 66 ms quiet; the whole GIN bitmap read all 22,000 matches from the heap, 300 ms cold; the
 * range, ~10 ms. The bitmap is no answer for dense searches: a very common word's GIN posting
 * list ("the", 932,000 claims) costs more than the walk.
 */
export const WALK_DENSITY = 0.05;

/** How much wider than the density says a window's id range is read (the sample's error). */
const RANGE_MARGIN = 1.5;

/**
 * How a capped search reads its window: walking the newest claims (`floor` null), or an id range
 * from `floor` through the GIN bitmap; `floor` 0 is the whole table that way (WHOLE_TABLE).
 */
export type WindowRead = { floor: number | null };

/** The range read of every match: ids are positive. */
export const WHOLE_TABLE: WindowRead = { floor: 0 };

/** What newestSample read: the highest id, the claims read and the matches among them. */
export interface DensitySample {
  hi: number | null;
  read: number;
  matched: number;
}

/**
 * The window's read for a sample (newestSample). A walk (`floor` null) when the matches are
 * dense, or so rare that none was sampled (then the planner takes the GIN bitmap of every match,
 * few), or the sample was the whole table; else the id range that should hold cap + 1 matches.
 * A range reaching past the oldest claim is the whole table read through the bitmap, never the
 * walk: a word in 1.4 % of 100,000 claims walked 70,000 of them (~90 ms on PostgreSQL) for the
 * 1,001 newest of its ~1,400 matches, which the bitmap reads in ~3 ms.
 */
export function windowRead(sample: DensitySample, cap: number): WindowRead {
  const { hi, read, matched } = sample;
  if (hi === null || matched === 0 || read < DENSITY_SAMPLE) return { floor: null };
  const density = matched / read;
  if (density >= WALK_DENSITY) return { floor: null };
  const floor = hi - Math.ceil(((cap + 1) / density) * RANGE_MARGIN);
  return floor > 1 ? { floor } : WHOLE_TABLE;
}

/** A range that held fewer than cap + 1 matches: four times as wide, or the whole table. */
export function widerRead(read: WindowRead, hi: number): WindowRead {
  if (read.floor === null || read.floor === WHOLE_TABLE.floor) return read;
  const floor = hi - (hi - read.floor) * 4;
  return floor > 1 ? { floor } : WHOLE_TABLE;
}

/** Whether a window read saw every match it could: a walk, or the whole table. */
const readAll = (read: WindowRead) => read.floor === null || read.floor === WHOLE_TABLE.floor;

export function postgresListSql(
  query: ClaimListQuery,
  { statuses, deleted, desk }: ClaimVisibility,
  tag?: TagId,
) {
  const filter = postgresListFilter(query, deleted, tag, desk);
  const where = filter.where({ statuses });
  /**
   * The newest cap + 1 matches, by id. Walking (no floor): for a dense search the planner walks
   * the primary key backwards and stops after cap + 1 matches; for a rare one it takes the GIN
   * bitmap. From a floor: the range only, and `c."id" + 0` so that the planner cannot choose the
   * walk (which it costs far below what it takes: it would walk the whole range).
   */
  const newest = (columns: Prisma.Sql, cap: number, { floor }: WindowRead) =>
    floor === null
      ? Prisma.sql`SELECT ${columns} ${filter.from} ${where} ORDER BY c."id" DESC LIMIT ${cap + 1}`
      : Prisma.sql`SELECT ${columns} ${filter.from}
          ${filter.where({ statuses, extra: [Prisma.sql`c."id" >= ${floor}::int`] })}
          ORDER BY c."id" + 0 DESC LIMIT ${cap + 1}`;
  return {
    /** Every claim the list state selects, uncapped: `{ total }`. */
    count: Prisma.sql`SELECT count(*)::int AS total ${filter.from} ${where}`,
    page: (offset: number, limit: number) =>
      Prisma.sql`SELECT c."id" ${filter.from} ${filter.where({ statuses, ordered: true })}
        ORDER BY ${postgresOrderBy(query, filter)} LIMIT ${limit} OFFSET ${offset}`,
    /** A search holds at most a cap of claims, the newest of its matches (newestPage). */
    capped: filter.fullText,
    /**
     * One row `{ hi, read, matched }` (DensitySample): the newest DENSITY_SAMPLE claims, how
     * many match. A walk of that many claims whatever the search (the planner has no other way
     * to read the newest rows in order).
     */
    newestSample: Prisma.sql`SELECT max(c."id") AS hi, count(*)::int AS read,
        (count(*) FILTER (WHERE ${filter.conditions({ statuses })}))::int AS matched
      FROM (SELECT * FROM "ClaimSearch" c ORDER BY c."id" DESC LIMIT ${DENSITY_SAMPLE}) c`,
    /**
     * A search's page: rows `{ id, held }` in list order, `held` being how many of the newest
     * cap + 1 matches there are (cap + 1: more match than the list holds, which holds the cap
     * newest), read as `read` says (windowRead; from a floor, fewer than cap + 1 held says only
     * that the range holds no more: widerRead). One statement reads the window once for both.
     */
    newestPage: (
      offset: number,
      limit: number,
      cap: number,
      read: WindowRead = { floor: null },
    ) => {
      // ts_rank runs on the window's rows only, read again by id: in the window's own select
      // list it would run on every match a bitmap scan reads before the sort keeps cap + 1
      // (measured at 100k claims, "russia" with its tag: 6,059 ranked, 48 ms p50).
      const ranked = query.sort === 'relevance';
      return Prisma.sql`WITH w AS MATERIALIZED (${newest(
        Prisma.sql`c."id" AS id, c."updatedAt" AS u, c."createdAt" AS cr, c."verdictRank" AS vr`,
        cap,
        read,
      )}),
          n AS (SELECT count(*)::int AS held, min(id) AS oldest FROM w)
        SELECT w.id AS id, n.held AS held FROM w CROSS JOIN n
          ${ranked ? Prisma.sql`JOIN "ClaimSearch" c ON c."id" = w.id` : Prisma.empty}
        WHERE n.held <= ${cap} OR w.id > n.oldest
        ORDER BY ${ranked ? Prisma.sql`${rank(filter)} DESC, ` : Prisma.empty}${windowOrder(query)}
        LIMIT ${limit} OFFSET ${offset}`;
    },
    /** `{ held }` as newestPage counts it (a page past the last one). */
    newestCount: (cap: number, read: WindowRead = { floor: null }) =>
      Prisma.sql`SELECT count(*)::int AS held FROM (${newest(Prisma.sql`c."id"`, cap, read)}) w`,
  };
}

export type PostgresListSql = ReturnType<typeof postgresListSql>;

/**
 * A capped search's page and how many claims its list holds (findClaimIds): the density sample
 * picks how the window is read; a range that held too few is read again wider. `run` runs one
 * statement (the store's pool, or the bench's client).
 */
export async function readNewestPage(
  sql: PostgresListSql,
  run: <T>(statement: Prisma.Sql) => Promise<T[]>,
  { offset, limit, cap }: { offset: number; limit: number; cap: number },
): Promise<{ ids: number[]; held: number }> {
  const [sample] = await run<DensitySample>(sql.newestSample);
  let read = windowRead(sample ?? { hi: null, read: 0, matched: 0 }, cap);
  for (;;) {
    const page = await run<{ id: number; held: number }>(sql.newestPage(offset, limit, cap, read));
    let held = page[0]?.held ?? 0;
    if (page.length === 0 && offset > 0) {
      held = (await run<{ held: number }>(sql.newestCount(cap, read)))[0]?.held ?? 0;
    }
    if (held > cap || readAll(read)) return { ids: page.map((r) => r.id), held };
    read = widerRead(read, sample!.hi!);
  }
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

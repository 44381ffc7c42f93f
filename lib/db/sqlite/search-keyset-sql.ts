import { Prisma } from '@/lib/generated/prisma/client';
import { verdictInfo } from '@/lib/domain/verdicts';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import type { ClaimVisibility } from '../search-store';
import { claimListFilter, RANK, SELECTIVE_TAG_MATCHES, type TagForm } from './search-sql';

/**
 * Keyset ("seek") statements over the claim list, for the exports and the JSON API: a page is
 * "the next N claims after this position in list order", where the position is the sort-key
 * values of the last claim already read. Unlike OFFSET, reading page 2,000 costs what page 1
 * does. Same filters as the list (claimListFilter), same order as its ORDER BY.
 *
 * Without search words, a page is a UNION ALL of index seeks, merged: "after (u, i) in
 * updatedAt DESC, id DESC" is split into "updatedAt < u" and "updatedAt = u AND id < i", one
 * branch per sort key, and each branch per status (drafts and published claims sit in different
 * parts of the (status, deletedAt, …) indexes). Every branch reads at most N rows from an index
 * in order, so memory and time per page do not depend on the size of the list.
 *
 * With search words every page ranks all matches anyway (claim_fts yields them unordered), so a
 * page is one statement with the whole position as an OR condition, or, ranked by relevance,
 * an OFFSET (`byOffset`). For a long read of a search (an export) `allIds` ranks once and
 * returns only the ids, as one comma-separated text.
 */

export type KeyValue = string | number;
export type KeyKind = 'text' | 'integer';

interface SortKey {
  /** Compared and ordered on: the bare column, so the indexes serve both. */
  expression: Prisma.Sql;
  /** How the value is read into a position. */
  read?: Prisma.Sql;
  descending: boolean;
  kind: KeyKind;
}

// Dates are read as stored (coalesce drops the column's declared type, so the driver does not
// turn them into Date objects): a position then compares exactly as the column does.
const UPDATED: SortKey = {
  expression: Prisma.sql`c."updatedAt"`,
  read: Prisma.sql`coalesce(c."updatedAt", NULL)`,
  descending: true,
  kind: 'text',
};
const CREATED: SortKey = {
  expression: Prisma.sql`c."createdAt"`,
  read: Prisma.sql`coalesce(c."createdAt", NULL)`,
  descending: true,
  kind: 'text',
};
const VERDICT_RANK: SortKey = {
  expression: Prisma.sql`c."verdictRank"`,
  descending: false,
  kind: 'integer',
};
// Only ordered on: a search ranked by relevance is paged by offset (see `byOffset`).
const SEARCH_RANK: SortKey = { expression: RANK, descending: false, kind: 'integer' };
const ID: SortKey = { expression: Prisma.sql`c."id"`, descending: true, kind: 'integer' };

/** The list's ORDER BY (search-sql.ts `orderBy`) as keys; the id always breaks ties. */
function sortKeys(query: ClaimListQuery, fullText: boolean): SortKey[] {
  switch (query.sort) {
    case 'relevance':
      return fullText ? [SEARCH_RANK, UPDATED, ID] : [UPDATED, ID];
    case 'created':
      return [CREATED, ID];
    case 'verdict':
      return [VERDICT_RANK, UPDATED, ID];
    default:
      return [UPDATED, ID];
  }
}

export interface ClaimKeysetSql {
  /** The list state has search words (claim_fts is read and every page ranks all matches). */
  fullText: boolean;
  /**
   * A search ranked by relevance: its position is the number of claims already read (OFFSET).
   * Its first sort key is bm25, a double, and Prisma binds doubles rounded to 16 digits, so a
   * rank cannot be handed back exactly; every page of a search ranks all matches anyway, so an
   * offset costs no more there than a seek would.
   */
  byOffset: boolean;
  /** The kind of each value of a position, in order (the last is the claim id; or the offset). */
  keyKinds: readonly KeyKind[];
  /** Rows `{ id, k0, k1, … }` in list order after `after` (null: from the start). */
  page(options: { after: readonly KeyValue[] | null; limit: number; tagForm: TagForm }): Prisma.Sql;
  /** One row `{ ids }`: every matching id in list order, comma-separated (null when none). */
  allIds(options: { tagForm: TagForm }): Prisma.Sql;
  /** The columns a whole-list read selects (`id`, `k0`, …: every sort key, bm25 included). */
  columns: Prisma.Sql;
  /** The list's order over those columns' names (for a read that materialises them first). */
  namedOrder: Prisma.Sql;
}

export function claimKeysetSql(
  query: ClaimListQuery,
  { statuses, deleted, desk }: ClaimVisibility,
): ClaimKeysetSql {
  const filter = claimListFilter(query, desk);
  const keys = sortKeys(query, filter.fullText);
  // Sorted by verdict with a verdict filter, the ranks that can follow a position are known:
  // naming them lets the "later rank" branch seek them (or drop out) instead of reading every
  // later rank's claims to find none.
  const filteredRanks =
    query.sort === 'verdict' && query.verdicts.length > 0
      ? [...new Set(query.verdicts.map((v) => verdictInfo(v).rank))]
      : null;
  const columns = Prisma.join(
    [
      Prisma.sql`c."id" AS id`,
      ...keys.slice(0, -1).map((k, i) => Prisma.sql`${k.read ?? k.expression} AS ${alias(i)}`),
    ],
    ', ',
  );
  const order = (named: boolean) =>
    Prisma.join(
      keys.map((k, i) => {
        const column = !named ? k.expression : i === keys.length - 1 ? Prisma.raw('id') : alias(i);
        return Prisma.sql`${column} ${Prisma.raw(k.descending ? 'DESC' : 'ASC')}`;
      }),
      ', ',
    );

  /** Branch j: keys before j equal to the position, key j strictly past it (null: empty). */
  const branches = (after: readonly KeyValue[]): (Prisma.Sql | null)[] =>
    keys.map((key, j) => {
      const equal = keys.slice(0, j).map((k, i) => Prisma.sql`${k.expression} = ${after[i]}`);
      let past = Prisma.sql`${key.expression} ${Prisma.raw(key.descending ? '<' : '>')} ${after[j]}`;
      if (key === VERDICT_RANK && filteredRanks) {
        const later = filteredRanks.filter((r) => r > Number(after[j]));
        if (later.length === 0) return null;
        past = Prisma.sql`${key.expression} IN (${Prisma.join(later)})`;
      }
      return Prisma.join([...equal, past], ' AND ');
    });

  const byOffset = filter.fullText && query.sort === 'relevance';

  return {
    fullText: filter.fullText,
    byOffset,
    keyKinds: byOffset ? ['integer'] : keys.map((k) => k.kind),
    page({ after, limit, tagForm }) {
      if (byOffset) {
        return Prisma.sql`SELECT c."id" AS id ${filter.from}
          ${filter.where({ statuses, deleted, tagForm })}
          ORDER BY ${order(false)} LIMIT ${limit} OFFSET ${after?.[0] ?? 0}`;
      }
      if (filter.fullText) {
        const live = after ? branches(after).filter((b) => b !== null) : [];
        const extra = after
          ? [live.length > 0 ? Prisma.sql`((${Prisma.join(live, ') OR (')}))` : Prisma.sql`0`]
          : [];
        return Prisma.sql`SELECT ${columns} ${filter.from}
          ${filter.where({ statuses, deleted, tagForm, extra })}
          ORDER BY ${order(false)} LIMIT ${limit}`;
      }
      const seeks = after ? branches(after).filter((b) => b !== null) : [Prisma.empty];
      // Past the last branch there is nothing: a statement that reads no row keeps one shape.
      if (seeks.length === 0) seeks.push(Prisma.sql`0`);
      const arms = statuses.flatMap((status) =>
        seeks.map(
          (seek) => Prisma.sql`SELECT * FROM (SELECT ${columns} ${filter.from}
            ${filter.where({
              statuses: [status],
              deleted,
              tagForm,
              extra: seek === Prisma.empty ? [] : [seek],
            })}
            ORDER BY ${order(false)} LIMIT ${limit})`,
        ),
      );
      if (arms.length === 1) return arms[0]!;
      return Prisma.sql`${Prisma.join(arms, ' UNION ALL ')} ORDER BY ${order(true)} LIMIT ${limit}`;
    },
    columns,
    namedOrder: order(true),
    allIds({ tagForm }) {
      // MATERIALIZED: bm25() can only run in the statement that reads claim_fts, not inside the
      // aggregate's ORDER BY.
      return Prisma.sql`WITH m AS MATERIALIZED (SELECT ${columns} ${filter.from}
          ${filter.where({ statuses, deleted, tagForm })})
        SELECT group_concat(id, ',' ORDER BY ${order(true)}) AS ids FROM m`;
    },
  };
}

function alias(i: number): Prisma.Sql {
  return Prisma.raw(`k${i}`);
}

/**
 * How many claims carry a tag, counted up to SELECTIVE_TAG_MATCHES only (so a common tag costs
 * no more than a rare one): below it the tag filter reads the tag's claims first.
 */
export function tagSizeSql(slug: string): Prisma.Sql {
  return Prisma.sql`SELECT count(*) AS n FROM (
    SELECT 1 FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
    WHERE t."slug" = ${slug} LIMIT ${SELECTIVE_TAG_MATCHES})`;
}

export function tagFormFor(tagSize: number): TagForm {
  return tagSize < SELECTIVE_TAG_MATCHES ? 'in' : 'exists';
}

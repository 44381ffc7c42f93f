import { Prisma } from '@/lib/generated/prisma/client';
import { verdictInfo } from '@/lib/domain/verdicts';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import type { ClaimVisibility } from '../search-store';
import { postgresListFilter, rank, type PostgresListFilter } from './search-sql';

/**
 * Keyset ("seek") pages over the claim list on PostgreSQL, for the exports and the JSON API:
 * the same plan as SQLite's (lib/db/sqlite/search-keyset-sql.ts says it at length): without
 * search words a UNION ALL of index seeks, one per status and per sort key ("after (u, i)" is
 * "updatedAt < u" or "updatedAt = u AND id < i"), each reading at most N rows in index order;
 * with search words one statement (every page ranks all matches anyway), by offset when ranked
 * by relevance (a float rank cannot be handed back exactly).
 *
 * A position holds integers only: dates as milliseconds since 1970 (the columns keep
 * milliseconds), so a made-up position is at worst a date no claim has, never a cast error.
 */

type KeyValue = number;

interface SortKey {
  expression: Prisma.Sql;
  /** How the value is read into a position. */
  read: Prisma.Sql;
  /** The position's value as a value of the column. */
  value(v: KeyValue): Prisma.Sql;
  descending: boolean;
}

const instantKey = (column: Prisma.Sql): SortKey => ({
  expression: column,
  read: Prisma.sql`(extract(epoch FROM ${column}) * 1000)::bigint`,
  value: (v) => Prisma.sql`(timestamptz 'epoch' + ${v}::bigint * interval '1 millisecond')`,
  descending: true,
});
const integerKey = (column: Prisma.Sql, descending: boolean): SortKey => ({
  expression: column,
  read: column,
  value: (v) => Prisma.sql`${v}::bigint`,
  descending,
});

const UPDATED = instantKey(Prisma.sql`c."updatedAt"`);
const CREATED = instantKey(Prisma.sql`c."createdAt"`);
const VERDICT_RANK = integerKey(Prisma.sql`c."verdictRank"`, false);
const ID = integerKey(Prisma.sql`c."id"`, true);

function sortKeys(query: ClaimListQuery): SortKey[] {
  switch (query.sort) {
    case 'created':
      return [CREATED, ID];
    case 'verdict':
      return [VERDICT_RANK, UPDATED, ID];
    default:
      return [UPDATED, ID];
  }
}

export interface PostgresKeysetSql {
  fullText: boolean;
  byOffset: boolean;
  /** How many values a position holds (the last is the claim id; or the offset alone). */
  positionLength: number;
  /** Rows `{ id, k0, k1, … }` in list order after `after` (null: from the start). */
  page(after: readonly KeyValue[] | null, limit: number): Prisma.Sql;
  /** One row `{ ids }`: every matching id in list order. */
  allIds(): Prisma.Sql;
  /** The list's FROM and conditions (ClaimSearch `c` with search words, else Claim `c`). */
  filter: PostgresListFilter;
  /** The list's ORDER BY over `c` (the rank first for a search by relevance). */
  listOrder: Prisma.Sql;
}

export function postgresKeysetSql(
  query: ClaimListQuery,
  { statuses, deleted, desk }: ClaimVisibility,
): PostgresKeysetSql {
  const filter = postgresListFilter(query, deleted, undefined, desk);
  const byOffset = filter.fullText && query.sort === 'relevance';
  const keys = sortKeys(query);
  const filteredRanks =
    query.sort === 'verdict' && query.verdicts.length > 0
      ? [...new Set(query.verdicts.map((v) => verdictInfo(v).rank))]
      : null;
  const columns = Prisma.join(
    [
      Prisma.sql`c."id" AS id`,
      ...keys.slice(0, -1).map((k, i) => Prisma.sql`${k.read} AS ${Prisma.raw(`k${i}`)}`),
    ],
    ', ',
  );
  const direction = (k: SortKey) => Prisma.raw(k.descending ? 'DESC' : 'ASC');
  const order = Prisma.join(
    keys.map((k) => Prisma.sql`${k.expression} ${direction(k)}`),
    ', ',
  );
  // A seek arm's order leads with "deletedAt", in the direction its index is scanned. Every row
  // of a list that hides deleted claims has it NULL, so the order is the same; but `deletedAt
  // IS NULL` is no equality to the planner, which therefore cannot read the (status,
  // "deletedAt", key) indexes in key order: it chose a parallel scan of every published claim
  // and a top-N sort, ~110-190 ms a page at 100,000 claims. Led by "deletedAt", the arm is a
  // backward index scan of N rows: ~2 ms.
  const seekOrder =
    (deleted ?? 'hide') === 'hide'
      ? Prisma.sql`c."deletedAt" ${direction(keys[0]!)}, ${order}`
      : order;
  const ranked = byOffset ? Prisma.sql`${rank(filter)} DESC, ${order}` : order;
  const outerOrder = Prisma.join(
    keys.map(
      (k, i) => Prisma.sql`${Prisma.raw(i === keys.length - 1 ? 'id' : `k${i}`)} ${direction(k)}`,
    ),
    ', ',
  );

  /** Branch j: keys before j equal to the position, key j strictly past it (null: empty). */
  const branches = (after: readonly KeyValue[]): Prisma.Sql[] =>
    keys.flatMap((key, j) => {
      const equal = keys
        .slice(0, j)
        .map((k, i) => Prisma.sql`${k.expression} = ${k.value(after[i]!)}`);
      let past = Prisma.sql`${key.expression} ${Prisma.raw(key.descending ? '<' : '>')} ${key.value(after[j]!)}`;
      if (key === VERDICT_RANK && filteredRanks) {
        const later = filteredRanks.filter((r) => r > after[j]!);
        if (later.length === 0) return [];
        past = Prisma.sql`${key.expression} IN (${Prisma.join(later)})`;
      }
      return [Prisma.join([...equal, past], ' AND ')];
    });

  return {
    fullText: filter.fullText,
    byOffset,
    positionLength: byOffset ? 1 : keys.length,
    page(after, limit) {
      if (byOffset) {
        return Prisma.sql`SELECT c."id" AS id ${filter.from} ${filter.where({ statuses })}
          ORDER BY ${rank(filter)} DESC, ${order} LIMIT ${limit} OFFSET ${after?.[0] ?? 0}`;
      }
      if (filter.fullText) {
        const live = after ? branches(after) : [];
        const extra = after
          ? [live.length > 0 ? Prisma.sql`((${Prisma.join(live, ') OR (')}))` : Prisma.sql`false`]
          : [];
        return Prisma.sql`SELECT ${columns} ${filter.from} ${filter.where({ statuses, extra })}
          ORDER BY ${order} LIMIT ${limit}`;
      }
      const seeks: (Prisma.Sql | null)[] = after ? branches(after) : [null];
      if (seeks.length === 0) seeks.push(Prisma.sql`false`);
      const arms = statuses.flatMap((status) =>
        seeks.map(
          (seek) => Prisma.sql`(SELECT ${columns} ${filter.from}
            ${filter.where({ statuses: [status], extra: seek ? [seek] : [] })}
            ORDER BY ${seekOrder} LIMIT ${limit})`,
        ),
      );
      if (arms.length === 1) return arms[0]!;
      return Prisma.sql`${Prisma.join(arms, ' UNION ALL ')} ORDER BY ${outerOrder} LIMIT ${limit}`;
    },
    filter,
    listOrder: ranked,
    allIds() {
      return Prisma.sql`SELECT coalesce(array_agg(c."id" ORDER BY ${ranked}), '{}') AS ids
        ${filter.from} ${filter.where({ statuses })}`;
    },
  };
}

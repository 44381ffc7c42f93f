import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { searchTerms } from '@/lib/search/fts-query';
import { env } from '@/lib/env';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import {
  KeysetMismatchError,
  SEARCH_LIST_CAP,
  type ClaimKeyset,
  type SearchStore,
} from '../search-store';
import { postgresPool } from './connect';
import { claimFigureRow, type RawFigureRow } from '../figure-sql';
import { claimListRow, listRowSql } from '../list-row-sql';
import { postgresFigureSql } from './figure-sql';
import { postgresKeysetSql, type PostgresKeysetSql } from './search-keyset-sql';
import { readPostgresClaimRecordPage } from './search-records';
import { vocabularyNearSql } from './search-vocabulary';
import {
  hasClaimsSql,
  postgresListSql,
  readNewestPage,
  searchTsquery,
  tagIdSql,
} from './search-sql';

// The list's statements run on the process's pg pool (the one Prisma's adapter uses too), as
// the SQLite provider runs its keyset and record reads on its direct connection: no per-row
// cost of $queryRaw, and the keyset position values come back as they were read.
const pool = () => postgresPool(env.DATABASE_URL);

async function rows<T>(sql: Prisma.Sql): Promise<T[]> {
  return (await pool().query(sql.text, sql.values)).rows as T[];
}

type KeyRow = { id: number } & Record<string, unknown>;

const fits = (sql: PostgresKeysetSql, values: readonly unknown[]): values is number[] =>
  values.length === sql.positionLength && values.every((v) => Number.isSafeInteger(v));

async function keysetPage(
  query: ClaimListQuery,
  sql: PostgresKeysetSql,
  after: ClaimKeyset | null,
  limit: number,
) {
  if (after && (after.sort !== query.sort || !fits(sql, after.values))) {
    throw new KeysetMismatchError();
  }
  const position = (after?.values ?? null) as number[] | null;
  // One row more than asked says whether there is a next page, so the last page says so.
  const read = await rows<KeyRow>(sql.page(position, limit + 1));
  const page = read.slice(0, limit);
  const last = page.at(-1);
  const next = (): number[] => {
    if (sql.byOffset) return [Number(position?.[0] ?? 0) + page.length];
    const values: number[] = [];
    for (let i = 0; i < sql.positionLength - 1; i++) values.push(Number(last![`k${i}`]));
    return [...values, Number(last!.id)];
  };
  return {
    ids: page.map((r) => Number(r.id)),
    next: read.length > limit && last ? { sort: query.sort, values: next() } : null,
  };
}

export const postgresSearchStore: SearchStore = {
  hasClaims: async (query, visibility) => (await rows(hasClaimsSql(query, visibility))).length > 0,
  findSourceIds: async (q, limit) => {
    const terms = searchTerms(q);
    if (terms.length === 0) return [];
    const found = await rows<{ id: number }>(
      Prisma.sql`SELECT s."id" AS id FROM "SourceSearch" s WHERE s."document" @@ (${searchTsquery(terms)})
        ORDER BY s."id" DESC LIMIT ${limit}`,
    );
    return found.map((row) => Number(row.id));
  },
  vocabularyNear: async (word, index = 'claims') =>
    (await rows<{ word: string }>(vocabularyNearSql(word, index))).map((row) => row.word),
  async findClaimIds(query, { visibility, offset, limit, cap = SEARCH_LIST_CAP }) {
    const tag = query.tag
      ? ((await rows<{ id: number }>(tagIdSql(query.tag)))[0]?.id ?? null)
      : undefined;
    // A tag nobody has (a made-up address): no claim, without walking the list to find none.
    if (tag === null) return { ids: [], total: 0, capped: false };
    const sql = postgresListSql(query, visibility, tag);
    if (sql.capped) {
      const { ids, held } = await readNewestPage(sql, rows, { offset, limit, cap });
      return { ids, total: Math.min(held, cap), capped: held > cap };
    }
    const [counted] = await rows<{ total: number }>(sql.count);
    const total = counted?.total ?? 0;
    if (offset >= total) return { ids: [], total, capped: false };
    const page = await rows<{ id: number }>(sql.page(offset, limit));
    return { ids: page.map((r) => r.id), total, capped: false };
  },

  async countClaims(query, visibility) {
    const [counted] = await rows<{ total: number }>(postgresListSql(query, visibility).count);
    return counted?.total ?? 0;
  },

  async findClaimIdsAfter(query, { visibility, after, limit }) {
    return keysetPage(query, postgresKeysetSql(query, visibility), after, limit);
  },

  async *claimIdPages(query, { visibility, pageSize }) {
    const sql = postgresKeysetSql(query, visibility);
    if (sql.fullText) {
      // A search ranks all its matches on every read: rank once, keep only the ids.
      const [row] = await rows<{ ids: number[] }>(sql.allIds());
      const ids = row?.ids ?? [];
      for (let i = 0; i < ids.length; i += pageSize) yield ids.slice(i, i + pageSize);
      return;
    }
    let after: ClaimKeyset | null = null;
    do {
      const page = await keysetPage(query, sql, after, pageSize);
      if (page.ids.length > 0) yield page.ids;
      after = page.next;
    } while (after);
  },

  async findFigureRows(query, { visibility, perUnit }) {
    const read = await rows<RawFigureRow>(postgresFigureSql(query, visibility, perUnit));
    return read.map((row) => claimFigureRow(row, (dated) => new Date(dated as Date | string)));
  },

  readClaimRecords: (ids, { statuses }) => readPostgresClaimRecordPage(pool(), ids, statuses),

  async readListRows(ids, { texts }) {
    if (ids.length === 0) return [];
    // node-postgres reads a text[] as an array, timestamptz as a Date, count(*) as text.
    const quotes = texts
      ? Prisma.sql`ARRAY(SELECT "quote" FROM "Citation"
          WHERE "claimId" = c."id" AND "deletedAt" IS NULL ORDER BY "id")`
      : Prisma.sql`NULL`;
    const read = await rows<Record<string, unknown>>(listRowSql(ids, quotes));
    return read.map((r) =>
      claimListRow(r, (v) => new Date(v as Date | string), texts ? (v) => v as string[] : null),
    );
  },
};

import 'server-only';
import { sqlite } from '@/lib/db';
import { searchTerms, toFts5Match } from '@/lib/search/fts-query';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import {
  KeysetMismatchError,
  SEARCH_LIST_CAP,
  type ClaimKeyset,
  type SearchStore,
} from '../search-store';
import {
  claimKeysetSql,
  tagFormFor,
  tagSizeSql,
  type ClaimKeysetSql,
  type KeyKind,
  type KeyValue,
} from './search-keyset-sql';
import { claimFigureRow, type RawFigureRow } from '../figure-sql';
import { claimListRow, listRowSql } from '../list-row-sql';
import { sqliteFigureSql } from './figure-sql';
import { fromSqliteInstant } from './instant';
import { readClaimRecordPage } from './search-records';
import { firstLetterTypoSql, vocabularyNearSql } from './search-vocabulary';
import { closestWord } from '@/lib/search/spelling';
import {
  claimListFilter,
  claimListSql,
  rankTermsOf,
  termSampleSql,
  type TagForm,
} from './search-sql';

type KeyRow = { id: number | bigint } & Record<string, unknown>;

// The reads of the lists run on the direct connection (lib/db/sqlite/direct-connection.ts):
// Prisma's $queryRaw costs per statement and per row. The exports and the JSON API (keyset reads
// and records: thousands of statements in a row; the export's record statement read ~27,000
// claims/s through Prisma, ~46,000 direct), and the HTML list (~1 ms of CPU a page; every
// search nobody has made since the last edit is rendered).

function tagForm(query: ClaimListQuery): TagForm {
  if (!query.tag) return 'in';
  const row = sqlite.get<{ n: number }>(tagSizeSql(query.tag));
  return tagFormFor(Number(row?.n ?? 0));
}

// The words a capped search ranks by (rankTermsOf): read on the direct connection, like the
// tag's size.
function rankTerms(query: ClaimListQuery): string[] | undefined {
  if (query.sort !== 'relevance') return undefined;
  const terms = searchTerms(query.q);
  return rankTermsOf(terms, sqlite.all(termSampleSql(terms)));
}

function fits(kinds: readonly KeyKind[], values: readonly unknown[]): values is KeyValue[] {
  return (
    values.length === kinds.length &&
    kinds.every((kind, i) => {
      const v = values[i];
      return kind === 'text' ? typeof v === 'string' : Number.isSafeInteger(v) && Number(v) >= 0;
    })
  );
}

function positionOf(row: KeyRow, kinds: readonly KeyKind[]): KeyValue[] {
  const values: KeyValue[] = [];
  for (let i = 0; i < kinds.length - 1; i++) {
    const v = row[`k${i}`];
    values.push(typeof v === 'bigint' ? Number(v) : (v as KeyValue));
  }
  values.push(Number(row.id));
  return values;
}

function keysetPage(
  query: ClaimListQuery,
  sql: ClaimKeysetSql,
  form: TagForm,
  after: ClaimKeyset | null,
  limit: number,
) {
  if (after && (after.sort !== query.sort || !fits(sql.keyKinds, after.values))) {
    throw new KeysetMismatchError();
  }
  // One row more than asked says whether there is a next page, so the last page says so.
  const rows = sqlite.all<KeyRow>(
    sql.page({ after: after?.values ?? null, limit: limit + 1, tagForm: form }),
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const offset = Number(after?.values[0] ?? 0);
  return {
    ids: page.map((r) => Number(r.id)),
    next:
      rows.length > limit && last
        ? {
            sort: query.sort,
            values: sql.byOffset ? [offset + page.length] : positionOf(last, sql.keyKinds),
          }
        : null,
  };
}

/** "12,7,3" -> [12, 7, 3] without an intermediate string per id. */
function parseIdList(text: string): Float64Array {
  let count = text.length > 0 ? 1 : 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 44) count++;
  const ids = new Float64Array(count);
  let n = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 44) {
      ids[n++] = value;
      value = 0;
    } else {
      value = value * 10 + (code - 48);
    }
  }
  if (count > 0) ids[n] = value;
  return ids;
}

export const sqliteSearchStore: SearchStore = {
  hasClaims: async (query, { statuses, deleted, desk }) => {
    const filter = claimListFilter(query, desk);
    const where = filter.where({ statuses, deleted, tagForm: tagForm(query) });
    return sqlite.all(Prisma.sql`SELECT 1 AS one ${filter.from} ${where} LIMIT 1`).length > 0;
  },
  findSourceIds: async (q, limit) => {
    const terms = searchTerms(q);
    if (terms.length === 0) return [];
    return sqlite
      .all<{ id: number | bigint }>(
        Prisma.sql`SELECT rowid AS id FROM "source_fts" WHERE "source_fts" MATCH ${toFts5Match(terms)}
          ORDER BY rowid DESC LIMIT ${limit}`,
      )
      .map((row) => Number(row.id));
  },
  vocabularyNear: async (word, index = 'claims') => {
    const read = (sql: Prisma.Sql) => sqlite.all<{ term: string }>(sql).map((row) => row.term);
    const near = read(vocabularyNearSql(word, index));
    // Only when no word sharing the first letter is near: the ranges a first-letter typo hides.
    return closestWord(word, near) === null
      ? [...near, ...read(firstLetterTypoSql(word, index))]
      : near;
  },
  async findClaimIds(query, { visibility, offset, limit, cap = SEARCH_LIST_CAP }) {
    const sql = claimListSql(query, visibility);
    const form = tagForm(query);
    if (sql.capped(form)) {
      const rows = sqlite.all<{ id: number | bigint; held: number | bigint }>(
        sql.newestPage({ offset, limit, tagForm: form, cap, rankTerms: rankTerms(query) }),
      );
      let held = Number(rows[0]?.held ?? 0);
      if (rows.length === 0 && offset > 0) {
        const counted = sqlite.get<{ held: number | bigint }>(
          sql.newestCount({ tagForm: form, cap }),
        );
        held = Number(counted?.held ?? 0);
      }
      return {
        ids: rows.map((r) => Number(r.id)),
        total: Math.min(held, cap),
        capped: held > cap,
      };
    }
    // The total comes first: past the last page there is no page to read.
    const counted = sqlite.get<{ total: number | bigint }>(sql.count);
    const total = Number(counted?.total ?? 0);
    if (offset >= total) return { ids: [], total, capped: false };
    const rows = sqlite.all<{ id: number | bigint }>(sql.page({ offset, limit, tagForm: form }));
    return { ids: rows.map((r) => Number(r.id)), total, capped: false };
  },

  async countClaims(query, visibility) {
    const sql = claimListSql(query, visibility);
    return Number(sqlite.get<{ total: number | bigint }>(sql.count)?.total ?? 0);
  },

  async findClaimIdsAfter(query, { after, limit, visibility }) {
    const sql = claimKeysetSql(query, visibility);
    return keysetPage(query, sql, tagForm(query), after, limit);
  },

  async *claimIdPages(query, { pageSize, visibility }) {
    const sql = claimKeysetSql(query, visibility);
    const form = tagForm(query);
    if (sql.fullText) {
      // A search is ranked over all its matches on every read: rank once, keep only the ids
      // (8 bytes each), and hydrate them a page at a time.
      const row = sqlite.get<{ ids: string | null }>(sql.allIds({ tagForm: form }));
      const ids = parseIdList(row?.ids ?? '');
      for (let i = 0; i < ids.length; i += pageSize) {
        yield Array.from(ids.subarray(i, i + pageSize));
      }
      return;
    }
    let after: ClaimKeyset | null = null;
    do {
      const page = keysetPage(query, sql, form, after, pageSize);
      if (page.ids.length > 0) yield page.ids;
      after = page.next;
    } while (after);
  },

  async findFigureRows(query, { visibility, perUnit }) {
    const sql = sqliteFigureSql(query, visibility, { tagForm: tagForm(query), perUnit });
    return sqlite
      .all<RawFigureRow>(sql)
      .map((row) => claimFigureRow(row, (dated) => fromSqliteInstant(dated as string | number)));
  },

  async readClaimRecords(ids, { statuses }) {
    return readClaimRecordPage(sqlite, ids, statuses);
  },

  async readListRows(ids, { texts }) {
    if (ids.length === 0) return [];
    // On the direct connection, as the figures: Prisma's per-statement cost was the list's.
    const quotes = texts
      ? Prisma.sql`(SELECT json_group_array(q."quote") FROM (SELECT "quote" FROM "Citation"
          WHERE "claimId" = c."id" AND "deletedAt" IS NULL ORDER BY "id") q)`
      : Prisma.sql`NULL`;
    return sqlite
      .all<Record<string, unknown>>(listRowSql(ids, quotes))
      .map((r) =>
        claimListRow(
          r,
          (v) => fromSqliteInstant(v as string | number),
          texts ? (v) => JSON.parse(v as string) as string[] : null,
        ),
      );
  },
};

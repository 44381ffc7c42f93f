import { db } from '@/lib/db';
import type { ImportStore } from '../import-store';
import { checkedInsertNames } from '../import-tables';
import { postgresReserveIds } from './import-ids';
import { setvalStatement } from './sequences';

/** Rows per statement: the rows travel as one JSON text, so only memory bounds it. */
const ROWS_PER_STATEMENT = 5_000;

export const postgresImportStore: ImportStore = {
  reserveIds: postgresReserveIds,
  // A pooled connection of its own already: other requests use the pool's others.
  transaction: (work, options) => db.$transaction(work, options),
  // The rows as ONE JSON parameter, spread into columns by PostgreSQL: Prisma's cost is per
  // parameter (measured ~0.4 ms a row with one parameter a value), PostgreSQL's own is ~4 µs.
  async insertRows(tx, table, rows) {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!);
    checkedInsertNames(table, columns);
    const list = columns.map((c) => `"${c}"`).join(', ');
    const sql =
      `INSERT INTO "${table}" (${list}) ` +
      `SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      // Dates become ISO instants (JSON.stringify), which timestamptz reads exactly. Unsafe only
      // for the names in the text (checked above); the rows are the one bound parameter.
      await tx.$executeRawUnsafe(
        sql,
        JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT)),
      );
    }
  },
  // Inside `write`, the insert triggers of the search index and the export text skip (migration
  // 20261203200100) and so does the content version's bump; after it, each is done once. The
  // bump, once per transaction, takes a row lock on one of the 64 slots until COMMIT: taken
  // here, at the end of the bulk writes rather than at their first statement, so another
  // transaction that happens to pick the same slot waits for the import's last statements only,
  // not for all of them (it used to wait out its 5 s lock timeout). The slot rule is the
  // migration's content_version_bump_once(), which the triggers call too.
  async bulkInsert(tx, claimIds, write) {
    await tx.$executeRaw`SELECT set_config('claimtrack.bulk_insert', 'on', true),
      set_config('claimtrack.content_version_bumped', 'on', true)`;
    await write();
    // The statements below write no content table, so no trigger bumps before the last one.
    await tx.$executeRaw`SELECT set_config('claimtrack.bulk_insert', 'off', true),
      set_config('claimtrack.content_version_bumped', 'off', true)`;
    const ids = [...claimIds];
    await tx.$executeRaw`SELECT claim_search_refresh(${ids}::int[])`;
    await tx.$executeRaw`
      INSERT INTO "ClaimExportText" ("claimId") SELECT unnest(${ids}::int[])
      ON CONFLICT ("claimId") DO UPDATE
      SET "stamp" = "ClaimExportText"."stamp" + 1, "key" = NULL, "csv" = NULL, "json" = NULL`;
    await tx.$executeRaw`SELECT content_version_bump_once()`;
  },
  async afterExplicitIds(tx, tables) {
    // The statement names a table (no parameter can); setvalStatement takes ID_TABLES only.
    for (const table of new Set(tables)) await tx.$queryRawUnsafe(setvalStatement(table));
  },
  // No write lock to wait for (MVCC): only a connection from the pool.
  async canWrite() {
    await db.$queryRaw`SELECT 1`;
  },
};

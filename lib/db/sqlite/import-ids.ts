import type Database from 'better-sqlite3';
import { sqlite } from '@/lib/db';
import type { IdTable } from '../id-tables';
import type { ImportStore } from '../import-store';
import { importTransactionHandle } from './import-connection';

/**
 * Reserves ids for an import's rows by moving the table's AUTOINCREMENT counter
 * (sqlite_sequence) past them: SQLite gives a new row max(counter, largest id) + 1, so no other
 * writer is given one of them, while the import builds its rows and until it writes them. The
 * counter is read and moved in one write transaction: the direct connection's, a few
 * statements long; or, when the import reserves while planning again inside its transaction,
 * that transaction's own (it holds the write lock already).
 */
function reserveOn(
  handle: { prepare(sql: string): Database.Statement },
  table: IdTable,
  count: number,
  after: number,
): number[] {
  const { top } = handle
    .prepare(
      // Names in the text only (an IdTable); the values are bound.
      `SELECT max(coalesce((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = ?), 0),
                  coalesce((SELECT max("id") FROM "${table}"), 0), ?) AS top`,
    )
    .get(table, after) as { top: number | bigint };
  const first = Number(top) + 1;
  const last = first + count - 1;
  const moved = handle
    .prepare(`UPDATE "sqlite_sequence" SET "seq" = ? WHERE "name" = ?`)
    .run(last, table);
  // A table that never held a row has no counter yet.
  if (moved.changes === 0) {
    handle.prepare(`INSERT INTO "sqlite_sequence" ("name", "seq") VALUES (?, ?)`).run(table, last);
  }
  return Array.from({ length: count }, (_, i) => first + i);
}

export const sqliteReserveIds: ImportStore['reserveIds'] = async (inside, table, count, after) => {
  if (inside) return reserveOn(importTransactionHandle(), table, count, after);
  const handle = { prepare: (sql: string) => sqlite.statement(sql) };
  return sqlite.write(() => reserveOn(handle, table, count, after));
};

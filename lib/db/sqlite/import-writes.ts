import { sqlite } from '@/lib/db';
import { toSqliteValue } from './direct-connection';
import type { ImportStore } from '../import-store';
import { checkedInsertNames } from '../import-tables';

/** Rows per statement: the rows travel as one JSON text, so only memory bounds it. */
const ROWS_PER_STATEMENT = 5_000;

export const sqliteImportStore: ImportStore = {
  // The rows as ONE JSON parameter, spread into columns by SQLite's json_each: Prisma's cost is
  // per parameter. Values are first made what the columns hold (dates as Prisma's adapter
  // writes them, flags as 0/1), so rows read back exactly like rows Prisma wrote.
  async insertRows(tx, table, rows) {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!);
    checkedInsertNames(table, columns);
    const sql =
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) ` +
      `SELECT ${columns.map((c) => `json_extract(value, '$.${c}')`).join(', ')} ` +
      `FROM json_each(?) ORDER BY key`;
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const part = rows
        .slice(start, start + ROWS_PER_STATEMENT)
        .map((row) => Object.fromEntries(columns.map((c) => [c, toSqliteValue(row[c] ?? null)])));
      // Unsafe only for the names in the text (checked above); the rows are the one parameter.
      await tx.$executeRawUnsafe(sql, JSON.stringify(part));
    }
  },
  // An INTEGER PRIMARY KEY takes max(id) + 1 by itself (and AUTOINCREMENT's counter follows).
  async afterExplicitIds() {},
  // BEGIN IMMEDIATE … COMMIT with nothing in between: waits for the lock as any write does.
  async canWrite() {
    await sqlite.write(() => undefined);
  },
};

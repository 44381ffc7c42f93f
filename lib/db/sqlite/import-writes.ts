import { sqlite } from '@/lib/db';
import { toSqliteValue } from '@/lib/sqlite-direct';
import { insertStatements } from '../bulk-insert';
import type { ImportStore } from '../import-store';

export const sqliteImportStore: ImportStore = {
  // Dates as Prisma's SQLite adapter writes them (sqliteInstant): they read back the same.
  async insertRows(tx, table, rows) {
    for (const { sql, values } of insertStatements(table, rows, () => '?', toSqliteValue)) {
      await tx.$executeRawUnsafe(sql, ...values);
    }
  },
  // An INTEGER PRIMARY KEY takes max(id) + 1 by itself (and AUTOINCREMENT's counter follows).
  async afterExplicitIds() {},
  // BEGIN IMMEDIATE … COMMIT with nothing in between: waits for the lock as any write does.
  async canWrite() {
    await sqlite.write(() => undefined);
  },
};

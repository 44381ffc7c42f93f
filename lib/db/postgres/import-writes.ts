import { db } from '@/lib/db';
import { insertStatements } from '../bulk-insert';
import type { ImportStore } from '../import-store';
import { setvalStatement } from './sequences';

export const postgresImportStore: ImportStore = {
  async insertRows(tx, table, rows) {
    for (const { sql, values } of insertStatements(table, rows, (n) => `$${n}`)) {
      await tx.$executeRawUnsafe(sql, ...values);
    }
  },
  async afterExplicitIds(tx, tables) {
    for (const table of new Set(tables)) await tx.$queryRawUnsafe(setvalStatement(table));
  },
  // No write lock to wait for (MVCC): only a connection from the pool.
  async canWrite() {
    await db.$queryRaw`SELECT 1`;
  },
};

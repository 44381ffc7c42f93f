import { db } from '@/lib/db';
import { ID_TABLES, type IdTable, type ImportStore } from '../import-store';

/**
 * The statement that moves `table`'s id sequence to its largest id (or back to 1 when empty:
 * `is_called` false makes 1 the next). Table names come from ID_TABLES only, never from input.
 */
export function setvalStatement(table: IdTable): string {
  if (!ID_TABLES.includes(table)) throw new Error(`Not an id table: ${table}`);
  const quoted = `"${table}"`;
  return (
    `SELECT setval(pg_get_serial_sequence('${quoted}', 'id'), ` +
    `coalesce((SELECT max("id") FROM ${quoted}), 1), ` +
    `(SELECT count(*) > 0 FROM ${quoted}))`
  );
}

export const postgresImportStore: ImportStore = {
  async afterExplicitIds(tx, tables) {
    for (const table of new Set(tables)) await tx.$queryRawUnsafe(setvalStatement(table));
  },
  // No write lock to wait for (MVCC): only a connection from the pool.
  async canWrite() {
    await db.$queryRaw`SELECT 1`;
  },
};

import { db } from '@/lib/db';
import type { ImportStore } from '../import-store';
import { setvalStatement } from './sequences';

export const postgresImportStore: ImportStore = {
  async afterExplicitIds(tx, tables) {
    for (const table of new Set(tables)) await tx.$queryRawUnsafe(setvalStatement(table));
  },
  // No write lock to wait for (MVCC): only a connection from the pool.
  async canWrite() {
    await db.$queryRaw`SELECT 1`;
  },
};

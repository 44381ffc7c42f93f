import type { db } from '@/lib/db';
import type { IdTable } from './id-tables';

/** A transaction of the app's Prisma client (the import writes inside one). */
export type ImportTx = Parameters<Parameters<(typeof db)['$transaction']>[0]>[0];

/** What the import asks of the database where the providers differ. */
export interface ImportStore {
  /**
   * After rows were written with ids the writer chose: the database's own next id for each
   * table is past every id in it. PostgreSQL's sequences do not see explicit ids (the next
   * insert would collide); SQLite's AUTOINCREMENT follows the largest id by itself.
   */
  afterExplicitIds(tx: ImportTx, tables: readonly IdTable[]): Promise<void>;
  /**
   * Resolves once this process could write now (SQLite: the write lock was free within the
   * wait; PostgreSQL: a pooled connection answered), else throws the busy error: asked before
   * an import's answer starts streaming, so a busy database can still answer 503.
   */
  canWrite(): Promise<void>;
}

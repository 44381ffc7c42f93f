import { env } from '@/lib/env';
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client';
import { sqliteFilePath } from '../../database-url';
import { connectionHandle, openTransactionHandle } from './shared-connection';

/**
 * An import's transaction runs on a connection of its own, not on the process's shared one
 * (shared-connection.ts): the shared connection serves one statement or transaction at a time,
 * so the process's readers queued behind the whole import. On its own connection, WAL lets them
 * read the last committed state meanwhile; other writers wait for the write lock on timers
 * (never in the busy handler, which would freeze the event loop this transaction needs).
 * Opened on the first import, then kept: one more connection per process.
 */
const processWide = globalThis as { claimtrackImportPrisma?: Map<string, PrismaClient> };

/** The import's client on the database of DATABASE_URL (one per file, as the app's own). */
export function importClient(): PrismaClient {
  const clients = (processWide.claimtrackImportPrisma ??= new Map());
  let client = clients.get(env.DATABASE_URL);
  if (!client) {
    client = createPrismaClient(env.DATABASE_URL, 'import');
    clients.set(env.DATABASE_URL, client);
  }
  return client;
}

/** The import connection's better-sqlite3 handle, while an import's transaction is open on it. */
export function importTransactionHandle() {
  return openTransactionHandle(sqliteFilePath(env.DATABASE_URL), 'import');
}

/**
 * SQLite's page cache for an import: the default 2 MB spills the transaction's dirty pages to
 * the WAL and reads them back while ~100,000 rows and their indexes are written; with room for
 * them all the inserts took ~40 % less time under the lock (measured on this kind of machine,
 * 10,000 claims). Set inside the transaction, and the memory handed back after it.
 */
const IMPORT_CACHE_KIB = 128 * 1024;

export function useImportCache(): void {
  importTransactionHandle().pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
}

export function releaseImportCache(): void {
  connectionHandle(sqliteFilePath(env.DATABASE_URL), 'import')?.pragma('shrink_memory');
}

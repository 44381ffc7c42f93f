import pg from 'pg';
import { databaseProvider } from '../database-url';
import { directConnection } from '../sqlite-direct';
import { readPostgresClaimRecordPage } from './postgres/search-records';
import type { ClaimRecordReader } from './search-store';
import { readClaimRecordPage } from './sqlite/search-records';

/**
 * A reader of export record pages for the database at `url`, on connections of its own: what an
 * export worker thread (no Prisma client, no access to the main thread's connections) reads
 * with. SQLite: the thread's direct connection (lib/sqlite-direct.ts; it lives as long as the
 * thread, so close() leaves it open for the thread's other reads). PostgreSQL: a pool of at
 * most 2 connections, closed by close() — every worker thread has its own, and all of them
 * share the server's max_connections with the app's pools.
 */
export function openClaimRecordReader(url: string): ClaimRecordReader {
  if (databaseProvider(url) === 'sqlite') {
    const connection = directConnection(url);
    return {
      readPage: async (ids, statuses) => readClaimRecordPage(connection, ids, statuses),
      close: async () => {},
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 30_000 });
  // An idle connection the server dropped must not crash the worker: the pool replaces it.
  pool.on('error', () => {});
  return {
    readPage: (ids, statuses) => readPostgresClaimRecordPage(pool, ids, statuses),
    close: () => pool.end(),
  };
}

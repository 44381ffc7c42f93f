import { databaseProvider } from '../database-url';
import { directConnection } from './sqlite/direct-connection';
import { postgresPool } from './postgres/connect';
import { readPostgresClaimRecordPage } from './postgres/search-records';
import type { ClaimRecordReader } from './search-store';
import { readClaimRecordPage } from './sqlite/search-records';

/**
 * A reader of export record pages for the database at `url`, on connections of its own: what an
 * export worker thread (no Prisma client, no access to the main thread's connections) reads
 * with. Either way the thread's own connections, which live as long as the thread (close()
 * leaves them open for its other reads; closeThreadConnections ends them): SQLite's direct
 * connection, or the thread's one PostgreSQL pool (lib/db/postgres/connect.ts: 2 connections in
 * a worker thread, shared with its stored-text reads, so a thread never holds more).
 */
export function openClaimRecordReader(url: string): ClaimRecordReader {
  if (databaseProvider(url) === 'sqlite') {
    const connection = directConnection(url);
    return {
      readPage: async (ids, statuses) => readClaimRecordPage(connection, ids, statuses),
      close: async () => {},
    };
  }
  return {
    readPage: (ids, statuses) => readPostgresClaimRecordPage(postgresPool(url), ids, statuses),
    close: async () => {},
  };
}

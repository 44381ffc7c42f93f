import { closePostgresPools } from './postgres/connect';

/**
 * Closes this thread's own database connections: an export worker thread calls it before it
 * ends, so its PostgreSQL connections are given back at once rather than when the server
 * notices the socket gone. (A SQLite connection is a file handle: it goes with the thread.)
 */
export async function closeThreadConnections(): Promise<void> {
  await closePostgresPools();
}

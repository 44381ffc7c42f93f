import { errorCauses, isBusyError } from '../sqlite-connection';

/** PostgreSQL's deadlock (40P01) and serialization failure (40001), Prisma's P2034 for both; P1008: a timed-out wait for the lock. */
const CONFLICT_CODES = new Set(['40P01', '40001', 'P2034', 'P1008']);

/**
 * A write that failed only because another writer got there first — SQLite's write lock still
 * held (SQLITE_BUSY), PostgreSQL's deadlock or serialization failure — so running the whole
 * transaction again, re-reading, is the answer.
 */
export function isTransientWriteError(error: unknown): boolean {
  if (isBusyError(error)) return true;
  for (const { code, originalCode } of errorCauses(error)) {
    if (CONFLICT_CODES.has(String(code)) || CONFLICT_CODES.has(String(originalCode))) return true;
  }
  return false;
}

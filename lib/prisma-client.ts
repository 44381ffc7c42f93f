import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/prisma/client';

/**
 * Builds a Prisma client on the embedded SQLite database. Scripts (seed, synth, tests) call this
 * directly; the app goes through lib/db.ts, which adds `server-only` and caching.
 */
export function createPrismaClient(url: string): PrismaClient {
  // A busy timeout makes concurrent writers wait for the lock instead of failing with
  // SQLITE_BUSY; WAL mode is persistent in the file and is set by scripts/prepare-db.ts.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };

import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { sharedConnection, WRITE_LOCK_TIMEOUT_MS } from './sqlite-connection';
import { PrismaClient as GeneratedPrismaClient } from './generated/prisma/client';

/** Secret columns no query of the app returns unless it asks for them by name. */
const OMIT_SECRETS = { account: { password: true } } as const;

const connections = new Map<string, SqlDriverAdapterFactory>();

/** The process's one connection to `url` (lib/sqlite-connection.ts says why one). */
function adapterFor(url: string): SqlDriverAdapterFactory {
  let factory = connections.get(url);
  if (!factory) {
    // A busy timeout makes a writer wait for another process's lock instead of failing with
    // SQLITE_BUSY; WAL mode is persistent in the file and is set by scripts/prepare-db.ts.
    factory = sharedConnection(new PrismaBetterSQLite3({ url, timeout: WRITE_LOCK_TIMEOUT_MS }));
    connections.set(url, factory);
  }
  return factory;
}

/**
 * Builds a Prisma client on the embedded SQLite database. Scripts (seed, synth, tests) call this
 * directly; the app goes through lib/db.ts, which adds `server-only` and caching. Password
 * hashes are omitted from every result, so no query can leak one by accident.
 */
export function createPrismaClient(url: string) {
  return new GeneratedPrismaClient({ adapter: adapterFor(url), omit: OMIT_SECRETS });
}

export type PrismaClient = ReturnType<typeof createPrismaClient>;

/**
 * The one client that reads password hashes: better-auth's adapter verifies them at sign-in
 * (lib/auth/auth.ts). Nothing else should use it.
 */
export function createAuthPrismaClient(url: string): GeneratedPrismaClient {
  return new GeneratedPrismaClient({ adapter: adapterFor(url) });
}

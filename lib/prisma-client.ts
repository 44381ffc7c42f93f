import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { databaseProvider } from './database-url';
import { postgresPool } from './db/postgres/connect';
import { sharedConnection, type ConnectionRole } from './db/sqlite/shared-connection';
import { WRITE_LOCK_TIMEOUT_MS } from './db/sqlite/write-lock';
import { PrismaClient as GeneratedPrismaClient } from './generated/prisma/client';
import { PrismaClient as GeneratedPostgresClient } from './generated/prisma-postgres/client';

/** Secret columns no query of the app returns unless it asks for them by name. */
const OMIT_SECRETS = { account: { password: true } } as const;

const connections = new Map<string, SqlDriverAdapterFactory>();

/**
 * The process's one connection to `url` (lib/db/sqlite/shared-connection.ts says why one), or
 * with `role` 'import' the one an import writes on (lib/db/sqlite/import-connection.ts).
 */
function sqliteAdapterFor(url: string, role: ConnectionRole): SqlDriverAdapterFactory {
  const key = `${role} ${url}`;
  let factory = connections.get(key);
  if (!factory) {
    // A writer waits up to the busy timeout for another connection's lock (on timers:
    // shared-connection.ts); WAL mode is persistent in the file and is set by scripts/prepare-db.ts.
    factory = sharedConnection(
      new PrismaBetterSQLite3({ url, timeout: WRITE_LOCK_TIMEOUT_MS }),
      role,
    );
    connections.set(key, factory);
  }
  return factory;
}

/**
 * A Prisma client for either provider. Prisma 6.19 generates one client per provider (the
 * provider is compiled in), and the two are not type-compatible in the parts the app does not
 * use (`$transaction` isolation levels, `mode: 'insensitive'`); their model APIs are the same,
 * generated from the same models. So the app is typed against the SQLite client and the
 * PostgreSQL client is used through that type: code that compiles works on both, and what
 * behaves differently (case of `contains`, raw SQL) lives behind the provider modules of lib/db.
 */
function clientFor(
  url: string,
  omit?: typeof OMIT_SECRETS,
  role: ConnectionRole = 'app',
): GeneratedPrismaClient {
  if (databaseProvider(url) === 'postgres') {
    // Prisma's adapter shares the process's pool with the provider's own SQL (lib/db/postgres).
    const adapter = new PrismaPg(postgresPool(url), { disposeExternalPool: false });
    return new GeneratedPostgresClient({
      adapter,
      ...(omit && { omit }),
    }) as unknown as GeneratedPrismaClient;
  }
  return new GeneratedPrismaClient({
    adapter: sqliteAdapterFor(url, role),
    ...(omit && { omit }),
  });
}

/**
 * Builds a Prisma client on the database at `url`. Scripts (seed, synth, tests) call this
 * directly; the app goes through lib/db.ts, which adds `server-only` and caching. Password
 * hashes are omitted from every result, so no query can leak one by accident.
 */
export function createPrismaClient(url: string, role: ConnectionRole = 'app') {
  return clientFor(url, OMIT_SECRETS, role) as GeneratedPrismaClient<never, typeof OMIT_SECRETS>;
}

export type PrismaClient = ReturnType<typeof createPrismaClient>;

/**
 * The one client that reads password hashes: better-auth's adapter verifies them at sign-in
 * (lib/auth/auth.ts). Nothing else should use it.
 */
export function createAuthPrismaClient(url: string): GeneratedPrismaClient {
  return clientFor(url);
}

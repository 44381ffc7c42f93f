import 'server-only';
import { provider } from '@/lib/db/provider';
import { env } from '@/lib/env';
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client';
import { directConnection, type DirectConnection } from '@/lib/db/sqlite/direct-connection';

// The one Prisma client of the app (and below, the direct connection). Cached on globalThis
// outside production so hot reloads in `next dev` do not open new connections per edit.
const globalForPrisma = globalThis as unknown as {
  claimtrackPrisma?: PrismaClient;
  claimtrackSqlite?: DirectConnection;
};

export const db: PrismaClient =
  globalForPrisma.claimtrackPrisma ?? createPrismaClient(env.DATABASE_URL);

if (process.env.NODE_ENV !== 'production') globalForPrisma.claimtrackPrisma = db;

/**
 * The process's direct SQLite connection (lib/db/sqlite/direct-connection.ts) for the paths where Prisma's
 * per-query cost decides throughput. SQLite only: the provider modules of lib/db are its only
 * users once issue 12's move is done; on PostgreSQL using it is a bug, said at once.
 */
export const sqlite: DirectConnection =
  globalForPrisma.claimtrackSqlite ??
  (provider === 'sqlite'
    ? directConnection(env.DATABASE_URL)
    : new Proxy({} as DirectConnection, {
        get(_target, name) {
          throw new Error(`The direct SQLite connection (${String(name)}) used on PostgreSQL`);
        },
      }));

if (process.env.NODE_ENV !== 'production') globalForPrisma.claimtrackSqlite = sqlite;

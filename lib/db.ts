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
 * The process's direct SQLite connection (lib/db/sqlite/direct-connection.ts) for the paths
 * where Prisma's per-query cost decides throughput. Only lib/db/sqlite uses it; on PostgreSQL
 * touching it is a bug, said at once.
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

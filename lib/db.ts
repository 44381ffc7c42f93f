import 'server-only';
import { env } from '@/lib/env';
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client';
import { directConnection, type DirectConnection } from '@/lib/sqlite-direct';

// The one Prisma client of the app (and below, the direct connection). Cached on globalThis
// outside production so hot reloads in `next dev` do not open new SQLite connections per edit.
const globalForPrisma = globalThis as unknown as {
  claimtrackPrisma?: PrismaClient;
  claimtrackSqlite?: DirectConnection;
};

export const db: PrismaClient =
  globalForPrisma.claimtrackPrisma ?? createPrismaClient(env.DATABASE_URL);

if (process.env.NODE_ENV !== 'production') globalForPrisma.claimtrackPrisma = db;

/**
 * The process's direct SQLite connection (lib/sqlite-direct.ts) for the paths where Prisma's
 * per-query cost decides throughput: verdict load and save, export pages.
 */
export const sqlite: DirectConnection =
  globalForPrisma.claimtrackSqlite ?? directConnection(env.DATABASE_URL);

if (process.env.NODE_ENV !== 'production') globalForPrisma.claimtrackSqlite = sqlite;

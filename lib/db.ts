import 'server-only';
import { env } from '@/lib/env';
import { createPrismaClient, type PrismaClient } from '@/lib/prisma-client';

// The one Prisma client of the app. Cached on globalThis outside production so hot reloads in
// `next dev` do not open a new SQLite connection per edit.
const globalForPrisma = globalThis as unknown as { claimtrackPrisma?: PrismaClient };

export const db: PrismaClient =
  globalForPrisma.claimtrackPrisma ?? createPrismaClient(env.DATABASE_URL);

if (process.env.NODE_ENV !== 'production') globalForPrisma.claimtrackPrisma = db;

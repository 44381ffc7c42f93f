import { databaseProvider, type DatabaseProvider } from '../database-url';
import { env } from '../env';

/**
 * The database provider of this process, decided once at start-up from DATABASE_URL. Only the
 * provider boundary (lib/db and the modules it picks between) may branch on it.
 */
export const provider: DatabaseProvider = databaseProvider(env.DATABASE_URL);

/** The name better-auth's Prisma adapter knows the provider by. */
export const authAdapterProvider = provider === 'postgres' ? 'postgresql' : 'sqlite';

/**
 * Whether every server over this database runs on this machine (SQLite's file is local), so a
 * per-machine file may hold what they share (lib/auth/secret.ts). PostgreSQL servers may be
 * anywhere.
 */
export const serversShareThisMachine = provider === 'sqlite';

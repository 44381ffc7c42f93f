/**
 * The reader-pages bench on PostgreSQL (`npm run bench -- --database postgres`): the servers
 * read a PostgreSQL copy of the very same synthesized SQLite data set, so the two runs compare
 * providers, not data. The copy (bench/lib/postgres-copy.ts) is made once and reused while it
 * holds every claim of the SQLite file. BENCH_POSTGRES_URL names the server.
 */
import pg from 'pg';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { copySqliteToPostgres } from './postgres-copy';

const DATABASE = 'claimtrack_bench_pages';

/** What a server on PostgreSQL needs besides DATABASE_URL (lib/env.ts requires both). */
export const POSTGRES_SERVER_ENV: Record<string, string> = {
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? 'bench-only-secret-0123456789abcdefghijkl',
  SITE_URL: process.env.SITE_URL ?? 'http://127.0.0.1:3200',
};

/** How many claims `url` holds, or 0 when it cannot say (no such table yet). */
async function claimsIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client
      .query<{ n: number }>('SELECT count(*)::int AS n FROM "Claim"')
      .then((r) => r.rows[0]!.n)
      .catch(() => 0);
  } finally {
    await client.end();
  }
}

/**
 * The PostgreSQL copy of `sqliteUrl` in database `database` on BENCH_POSTGRES_URL's server: kept
 * (and migrated) while it holds `claims` claims and `complete` (what else the bench needs, e.g.
 * the desk's editors) says yes; otherwise made again. Shared by every bench that copies its
 * SQLite data set, so they reuse and replace copies alike.
 */
export async function ensurePostgresCopy(
  sqliteUrl: string,
  database: string,
  claims: number,
  log: (line: string) => void,
  complete: (url: string) => Promise<boolean> = async () => true,
): Promise<string> {
  const base = new URL(process.env.BENCH_POSTGRES_URL ?? 'postgresql://claimtrack@127.0.0.1:5432/');
  const url = new URL(base);
  url.pathname = `/${database}`;
  const admin = new URL(base);
  admin.pathname = '/postgres';
  const server = new pg.Client({ connectionString: admin.toString() });
  await server.connect();
  try {
    const exists = (await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]))
      .rowCount;
    if (exists && (await claimsIn(url.toString())) >= claims && (await complete(url.toString()))) {
      await applyMigrations(url.toString());
      return url.toString();
    }
    if (exists) await server.query(`DROP DATABASE ${pg.escapeIdentifier(database)} WITH (FORCE)`);
    await server.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await server.end();
  }
  await applyMigrations(url.toString());
  log(`Copying the data set into PostgreSQL database ${database}…`);
  await copySqliteToPostgres(sqliteUrl, url.toString(), log);
  return url.toString();
}

/** The reader-pages bench's PostgreSQL copy of `sqliteUrl` holding `claims` claims. */
export function ensurePostgresPages(
  sqliteUrl: string,
  claims: number,
  log: (line: string) => void,
): Promise<string> {
  return ensurePostgresCopy(sqliteUrl, DATABASE, claims, log);
}

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

/** The PostgreSQL copy of `sqliteUrl` holding `claims` claims, made when missing or short. */
export async function ensurePostgresPages(
  sqliteUrl: string,
  claims: number,
  log: (line: string) => void,
): Promise<string> {
  const base = new URL(process.env.BENCH_POSTGRES_URL ?? 'postgresql://claimtrack@127.0.0.1:5432/');
  const url = new URL(base);
  url.pathname = `/${DATABASE}`;
  const admin = new URL(base);
  admin.pathname = '/postgres';
  const server = new pg.Client({ connectionString: admin.toString() });
  await server.connect();
  try {
    const exists = (await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]))
      .rowCount;
    if (exists && (await claimsIn(url.toString())) >= claims) {
      await applyMigrations(url.toString());
      return url.toString();
    }
    if (exists) await server.query(`DROP DATABASE ${pg.escapeIdentifier(DATABASE)} WITH (FORCE)`);
    await server.query(`CREATE DATABASE ${pg.escapeIdentifier(DATABASE)}`);
  } finally {
    await server.end();
  }
  await applyMigrations(url.toString());
  log(`Copying the data set into PostgreSQL database ${DATABASE}…`);
  await copySqliteToPostgres(sqliteUrl, url.toString(), log);
  return url.toString();
}

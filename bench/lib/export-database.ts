/**
 * The export bench's data sets: one synthetic database per size (data/bench-export-100k.db,
 * data/bench-export-1m.db), made by the synth module with the main bench's seed and end date and
 * reused from run to run, and for `--database postgres` its copy in a PostgreSQL database per
 * size. Only a database the synth module made (or none) is ever regenerated.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { sqliteFilePath } from '@/lib/database-url';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { synthesize } from '../../scripts/synth/load';
import { formatInt } from '../../scripts/synth/progress';
import { BENCH_CITATIONS_PER_CLAIM } from './database';
import { copySqliteToPostgres } from './postgres-copy';

const SEED = 1;
const UNTIL = new Date('2026-11-01T00:00:00Z');

export interface SizedDatabase {
  /** The SQLite file, or the PostgreSQL database's URL. */
  file: string;
  claims: number;
  /** Published and not deleted: what an unfiltered export writes. */
  exported: number;
  sizeBytes: number;
  generatedSeconds: number | null;
}

function count(file: string): { claims: number; synthetic: boolean } | null {
  if (!fs.existsSync(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const has = (table: string) =>
      db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) !==
      undefined;
    if (!has('Claim') || !has('AppMeta')) return { claims: 0, synthetic: false };
    return {
      claims: (db.prepare('SELECT count(*) AS n FROM "Claim"').get() as { n: number }).n,
      synthetic:
        db.prepare(`SELECT 1 FROM "AppMeta" WHERE "key" = 'synthetic'`).get() !== undefined,
    };
  } finally {
    db.close();
  }
}

export async function ensureSizedDatabase(
  databaseUrl: string,
  claims: number,
  log: (line: string) => void,
): Promise<SizedDatabase> {
  const file = sqliteFilePath(databaseUrl);
  const found = count(file);
  let generatedSeconds: number | null = null;
  if (found && found.claims === claims && found.synthetic) {
    log(`Reusing ${file} (${formatInt(found.claims)} claims).`);
    await applyMigrations(databaseUrl);
  } else {
    if (found && found.claims > 0 && !found.synthetic) {
      throw new Error(
        `${file} holds claims the synth module did not make; refusing to replace it.`,
      );
    }
    log(`Generating ${formatInt(claims)} claims into ${file} (minutes for a million)…`);
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      fs.rmSync(`${file}${suffix}`, { force: true });
    const summary = await synthesize({
      databaseUrl,
      claims,
      citationsPerClaim: BENCH_CITATIONS_PER_CLAIM,
      seed: SEED,
      until: UNTIL,
      append: false,
      log,
    });
    generatedSeconds = summary.seconds;
  }
  const db = new Database(file, { readonly: true });
  try {
    const exported = (
      db
        .prepare(
          `SELECT count(*) AS n FROM "Claim" WHERE "status" = 'published' AND "deletedAt" IS NULL`,
        )
        .get() as { n: number }
    ).n;
    return { file, claims, exported, sizeBytes: fs.statSync(file).size, generatedSeconds };
  } finally {
    db.close();
  }
}

/** Where the PostgreSQL data sets live: a database per size on this server. */
export const BENCH_POSTGRES_SERVER =
  process.env.BENCH_POSTGRES_URL ?? 'postgresql://claimtrack@127.0.0.1:5432/claimtrack';

/** The PostgreSQL database of a size's data set, next to BENCH_POSTGRES_SERVER's database. */
export function postgresBenchUrl(label: string): string {
  const url = new URL(BENCH_POSTGRES_SERVER);
  url.pathname = `/claimtrack_bench_export_${label}`;
  return url.toString();
}

async function postgresCount(url: string): Promise<{ claims: number; synthetic: boolean } | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === '3D000') return null;
    throw error;
  }
  try {
    const { rows } = await client.query<{ claims: number; synthetic: boolean }>(
      `SELECT (SELECT count(*)::int FROM "Claim") AS claims,
              EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'synthetic') AS synthetic`,
    );
    return rows[0]!;
  } catch {
    return { claims: 0, synthetic: false };
  } finally {
    await client.end().catch(() => {});
  }
}

async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end().catch(() => {});
  }
}

/**
 * The same data set on PostgreSQL: the SQLite data set of that size (at `sqliteUrl`) copied into
 * `url` (postgres-copy.ts), reused from run to run like the SQLite file. Only a database this bench
 * made (the synthetic marker copied with the rows) is ever replaced.
 */
export async function ensurePostgresSizedDatabase(
  source: SizedDatabase,
  sqliteUrl: string,
  url: string,
  log: (line: string) => void,
): Promise<SizedDatabase> {
  const found = await postgresCount(url);
  let generatedSeconds: number | null = source.generatedSeconds;
  if (found && found.claims === source.claims && found.synthetic) {
    log(`Reusing ${url} (${formatInt(found.claims)} claims).`);
    await applyMigrations(url);
  } else {
    if (found && found.claims > 0 && !found.synthetic) {
      throw new Error(`${url} holds claims the synth module did not make; refusing to replace it.`);
    }
    log(`Copying ${source.file} into ${url}…`);
    const started = performance.now();
    await recreateDatabase(url);
    await applyMigrations(url);
    await copySqliteToPostgres(sqliteUrl, url, log);
    generatedSeconds = (generatedSeconds ?? 0) + (performance.now() - started) / 1000;
    log(`Copied in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ exported: number; bytes: number }>(
      `SELECT (SELECT count(*)::int FROM "Claim"
               WHERE "status" = 'published' AND "deletedAt" IS NULL) AS exported,
              pg_database_size(current_database())::float8 AS bytes`,
    );
    const { exported, bytes } = rows[0]!;
    return { file: url, claims: source.claims, exported, sizeBytes: bytes, generatedSeconds };
  } finally {
    await client.end().catch(() => {});
  }
}

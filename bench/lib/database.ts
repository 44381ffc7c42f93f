/**
 * The benchmark database: 100,000 claims and 300,000 citations made by the synth module, reused
 * from run to run. Only a database the synth module made (or an empty one) is ever regenerated;
 * anything else that is too small stops the bench instead of being overwritten.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { sqliteFilePath } from '@/lib/database-url';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { synthesize } from '../../scripts/synth/load';
import { formatInt } from '../../scripts/synth/progress';

export const BENCH_CLAIMS = 100_000;
export const BENCH_CITATIONS_PER_CLAIM = 3;
/** Fixed seed and end date: every machine benchmarks the same data set. */
const BENCH_SEED = 1;
const BENCH_UNTIL = new Date('2026-11-01T00:00:00Z');

export interface BenchDatabase {
  file: string;
  claims: number;
  publishedLive: number;
  citations: number;
  sources: number;
  sizeBytes: number;
  /** Seconds spent generating it in this run (null: reused). */
  generatedSeconds: number | null;
}

interface Inspection {
  claims: number;
  citations: number;
  synthetic: boolean;
}

function inspect(file: string): Inspection | null {
  if (!fs.existsSync(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const has = (table: string) =>
      db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) !==
      undefined;
    if (!has('Claim') || !has('Citation')) return { claims: 0, citations: 0, synthetic: false };
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const synthetic =
      has('AppMeta') &&
      db.prepare(`SELECT 1 FROM "AppMeta" WHERE "key" = 'synthetic'`).get() !== undefined;
    return { claims: count('Claim'), citations: count('Citation'), synthetic };
  } finally {
    db.close();
  }
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    fs.rmSync(`${file}${suffix}`, { force: true });
}

export async function ensureBenchDatabase(
  databaseUrl: string,
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const file = sqliteFilePath(databaseUrl);
  const found = inspect(file);
  const bigEnough =
    found !== null &&
    found.claims >= BENCH_CLAIMS &&
    found.citations >= BENCH_CLAIMS * BENCH_CITATIONS_PER_CLAIM;
  let generatedSeconds: number | null = null;

  if (bigEnough) {
    log(
      `Reusing ${file} (${formatInt(found.claims)} claims, ${formatInt(found.citations)} citations).`,
    );
    await applyMigrations(databaseUrl); // a no-op unless the schema gained a migration since
    refreshStatistics(file, log);
  } else {
    if (found && found.claims > 0 && !found.synthetic) {
      throw new Error(
        `${file} has ${formatInt(found.claims)} claims that the synth module did not make; the bench ` +
          `needs ${formatInt(BENCH_CLAIMS)}. Point --database at another file.`,
      );
    }
    log(
      found
        ? `${file} is smaller than the benchmark data set; regenerating it.`
        : `${file} does not exist; generating the benchmark data set.`,
    );
    removeDatabase(file);
    const summary = await synthesize({
      databaseUrl,
      claims: BENCH_CLAIMS,
      citationsPerClaim: BENCH_CITATIONS_PER_CLAIM,
      seed: BENCH_SEED,
      until: BENCH_UNTIL,
      append: false,
      log,
    });
    generatedSeconds = summary.seconds;
    log(`Generated in ${summary.seconds.toFixed(1)} s.`);
  }

  const db = new Database(file, { readonly: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      file,
      claims: n('SELECT count(*) AS n FROM "Claim"'),
      publishedLive: n(
        `SELECT count(*) AS n FROM "Claim" WHERE "status" = 'published' AND "deletedAt" IS NULL`,
      ),
      citations: n('SELECT count(*) AS n FROM "Citation"'),
      sources: n('SELECT count(*) AS n FROM "Source"'),
      sizeBytes: fs.statSync(file).size,
      generatedSeconds,
    };
  } finally {
    db.close();
  }
}

/** ANALYZE when an index has no statistics yet (e.g. a migration added it after the load). */
function refreshStatistics(file: string, log: (line: string) => void): void {
  const db = new Database(file);
  try {
    const hasStats =
      db
        .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'`)
        .get() !== undefined;
    const missing = hasStats
      ? (db
          .prepare(
            `SELECT m.name FROM sqlite_master m
             WHERE m.type = 'index' AND m.tbl_name NOT LIKE 'claim_fts%' AND m.tbl_name NOT LIKE '\\_%' ESCAPE '\\'
               AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.idx = m.name)`,
          )
          .all() as { name: string }[])
      : [{ name: '(all)' }];
    if (missing.length > 0) {
      log(`ANALYZE (no statistics for ${missing.map((m) => m.name).join(', ')})…`);
      db.exec('ANALYZE');
    }
  } finally {
    db.close();
  }
}

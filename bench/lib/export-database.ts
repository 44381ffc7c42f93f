/**
 * The export bench's data sets: one synthetic database per size (data/bench-export-100k.db,
 * data/bench-export-1m.db), made by the synth module with the main bench's seed and end date and
 * reused from run to run. Only a database the synth module made (or none) is ever regenerated.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { sqliteFilePath } from '@/lib/database-url';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { synthesize } from '../../scripts/synth/load';
import { formatInt } from '../../scripts/synth/progress';
import { BENCH_CITATIONS_PER_CLAIM } from './database';

const SEED = 1;
const UNTIL = new Date('2026-11-01T00:00:00Z');

export interface SizedDatabase {
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

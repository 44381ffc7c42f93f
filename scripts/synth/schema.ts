/**
 * Schema chores around a bulk load: take the claim_fts triggers off during the load and put them
 * back exactly as they were, with the index rebuilt by the migration's own INSERT…SELECT.
 * (Migrations themselves are applied by lib/migrations.)
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { readMigrationFiles } from '@/lib/migrations/migration-files';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

interface SqlObject {
  name: string;
  sql: string;
}

/** Migration scripts, oldest first, with `--` comments removed. */
function migrationSources(): { sql: string }[] {
  return readMigrationFiles().map(({ script }) => ({ sql: script.replace(/--[^\n]*/g, '') }));
}

const TRIGGER_RE = /CREATE\s+TRIGGER\s+"([^"]+)"[\s\S]*?\bEND\s*;/gi;

/** The CREATE TRIGGER statements the migrations define, by name (a later definition wins). */
export function migrationTriggers(): Map<string, string> {
  const triggers = new Map<string, string>();
  for (const { sql } of migrationSources()) {
    for (const m of sql.matchAll(TRIGGER_RE)) triggers.set(m[1]!, m[0].replace(/;\s*$/, ''));
  }
  return triggers;
}

/**
 * The statement that indexes every existing claim: the last top-level `INSERT INTO "claim_fts"`
 * of the migrations (trigger bodies are cut out first, they insert single rows).
 */
export function ftsRebuildStatement(): string {
  let found: string | null = null;
  for (const { sql } of migrationSources()) {
    const topLevel = sql.replace(TRIGGER_RE, '');
    for (const statement of topLevel.split(';')) {
      if (/^\s*INSERT\s+INTO\s+"claim_fts"/i.test(statement)) found = statement.trim();
    }
  }
  if (!found) throw new Error('No INSERT INTO "claim_fts" … SELECT found in prisma/migrations.');
  return found;
}

function normalise(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}

/**
 * Takes the claim_fts triggers off for a bulk load. Returns `restore`, which rebuilds claim_fts
 * from the tables with the migration's statement and re-creates the triggers from their stored
 * text (sqlite_master, which is what the migrations wrote), then checks the end state.
 * Call `restore` in a `finally`: it also repairs the index after a failed or interrupted load.
 */
export function suspendSearchIndex(db: Database.Database): {
  restore: () => void;
  warnings: string[];
} {
  const warnings: string[] = [];
  const triggers = db
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'trigger' AND sql LIKE '%claim_fts%' ORDER BY rowid`,
    )
    .all() as SqlObject[];
  const table = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name = 'claim_fts'`)
    .get() as SqlObject | undefined;
  if (!table) throw new Error('claim_fts is missing: the claim_search migration has not run.');

  const fromMigrations = migrationTriggers();
  for (const [name, sql] of fromMigrations) {
    // Other tables' triggers (the append-only audit log, say) stay where they are.
    if (!sql.includes('claim_fts')) continue;
    const live = triggers.find((t) => t.name === name);
    if (!live) {
      warnings.push(`trigger ${name} was missing from the database; re-created from the migration`);
      triggers.push({ name, sql });
    } else if (normalise(live.sql) !== normalise(sql)) {
      warnings.push(
        `trigger ${name} differs from its migration text; kept as found in the database`,
      );
    }
  }
  const rebuild = ftsRebuildStatement();

  db.transaction(() => {
    for (const t of triggers) db.exec(`DROP TRIGGER IF EXISTS "${t.name}"`);
  }).immediate();

  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    db.transaction(() => {
      const { n } = db.prepare('SELECT count(*) AS n FROM "claim_fts"').get() as { n: number };
      if (n > 0) {
        // Re-create the table from its stored definition: faster than deleting row by row.
        db.exec('DROP TABLE "claim_fts"');
        db.exec(table.sql);
      }
      db.exec(rebuild);
      for (const t of triggers) db.exec(t.sql);
    }).immediate();
    // Merge the index segments into one b-tree, as a long-lived database converges to.
    db.exec(`INSERT INTO "claim_fts" ("claim_fts") VALUES ('optimize')`);

    const after = db
      .prepare(
        `SELECT name, sql FROM sqlite_master
         WHERE type = 'trigger' AND sql LIKE '%claim_fts%' ORDER BY rowid`,
      )
      .all() as SqlObject[];
    const expected = new Map(triggers.map((t) => [t.name, t.sql]));
    const same =
      after.length === expected.size && after.every((t) => expected.get(t.name) === t.sql);
    if (!same) throw new Error('claim_fts triggers were not restored exactly; check the database.');
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM "claim_fts") AS fts, (SELECT count(*) FROM "Claim") AS claims`,
      )
      .get() as { fts: number; claims: number };
    if (counts.fts !== counts.claims) {
      throw new Error(`claim_fts has ${counts.fts} rows for ${counts.claims} claims.`);
    }
  };
  return { restore, warnings };
}

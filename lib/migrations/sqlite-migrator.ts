import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseProblem, describeDatabaseError } from '../database-problem';
import { sqliteInstant } from '../db/sqlite/instant';
import { beginImmediateNow, retryUntilWriteLock } from '../db/sqlite/write-lock';
import type { MigrationFile } from './migration-files';
import { pendingMigrations, type AppliedMigration } from './migration-plan';
import type { MigrationOptions, MigrationOutcome } from './migration-types';

/**
 * Applies migrations to a SQLite file that running servers may hold open.
 *
 * `prisma migrate deploy` cannot: its schema engine first sets `PRAGMA locking_mode=EXCLUSIVE`,
 * and on a WAL database that needs every other connection to the file closed — a live server's
 * idle connections are enough to make it fail after the busy timeout, however long it waits.
 * Here instead:
 * - which migrations are applied is read from `_prisma_migrations` in a plain read transaction,
 *   which in WAL mode takes no lock: with nothing pending (every start, every CLI run) nothing
 *   else happens;
 * - each pending migration runs in one transaction begun with BEGIN IMMEDIATE, the write lock
 *   the app's own writes take, retried on timers while another process holds it and given up
 *   after `lockWaitMs`; the history is read again under the lock, so two migrators started
 *   together apply a migration once, and a failing migration leaves nothing behind;
 * - its row in `_prisma_migrations` is written the way Prisma writes it (same table, id,
 *   checksum, timestamps and step count), so `prisma migrate status` and `deploy` agree.
 */
export async function migrateSqliteFile(
  file: string,
  files: readonly MigrationFile[],
  options: Required<Pick<MigrationOptions, 'lockWaitMs' | 'log'>>,
): Promise<MigrationOutcome> {
  const consequence = 'the pending migrations were not applied';
  let db: Database.Database | null = null;
  try {
    // A fresh clone has no data/ folder, and SQLite does not create one.
    fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file);
    return await migrate(db, files, options);
  } catch (error) {
    const problem = describeDatabaseError(error, file, {
      waitedMs: options.lockWaitMs,
      consequence,
    });
    throw problem ?? error;
  } finally {
    db?.close();
  }
}

/** Prisma's own definition of its history table on SQLite, so its CLI reads ours unchanged. */
const HISTORY_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

interface DatabaseState {
  hasHistory: boolean;
  /** Tables other than the history: a database with these but no history was not made by us. */
  otherTables: number;
  history: AppliedMigration[];
}

function readState(db: Database.Database): DatabaseState {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  const hasHistory = tables.includes('_prisma_migrations');
  const history = hasHistory
    ? (db
        .prepare(
          `SELECT migration_name AS migrationName, checksum, finished_at AS finishedAt,
                  rolled_back_at AS rolledBackAt
           FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
        )
        .all() as AppliedMigration[])
    : [];
  return { hasHistory, otherTables: tables.length - (hasHistory ? 1 : 0), history };
}

function pendingIn(state: DatabaseState, files: readonly MigrationFile[], file: string) {
  if (!state.hasHistory && state.otherTables > 0) {
    throw new DatabaseProblem(
      `The database ${file} has tables but no migration history (_prisma_migrations), so ` +
        'which migrations it has is unknown; point DATABASE_URL at a Claimtrack database or a ' +
        'new file.',
    );
  }
  return pendingMigrations(files, state.history);
}

async function migrate(
  db: Database.Database,
  files: readonly MigrationFile[],
  { lockWaitMs, log }: Required<Pick<MigrationOptions, 'lockWaitMs' | 'log'>>,
): Promise<MigrationOutcome> {
  const file = db.name;
  // Waits inside a held transaction (a COMMIT in rollback-journal mode) are bounded too.
  db.pragma(`busy_timeout = ${lockWaitMs}`);
  // Prisma's table-rebuilding migrations turn foreign keys off around DROP TABLE, which would
  // otherwise delete or cascade to the rows that point at the table; inside a transaction that
  // PRAGMA does nothing, so it is off for the whole run and the result is checked before COMMIT.
  db.pragma('foreign_keys = OFF');

  const read = db.transaction(() => readState(db));
  const applied: string[] = [];
  if (pendingIn(read(), files, file).length === 0) {
    return { applied, upToDate: files.length };
  }

  for (;;) {
    const name = await retryUntilWriteLock(() => {
      beginImmediateNow(db, lockWaitMs);
      return commitOrRollBack(db, () => applyNext(db, files, lockWaitMs));
    }, lockWaitMs);
    if (name === null) break;
    applied.push(name);
    log(`Applied migration ${name}.`);
  }
  return { applied, upToDate: files.length - applied.length };
}

function commitOrRollBack<T>(db: Database.Database, work: () => T): T {
  try {
    const value = work();
    db.exec('COMMIT');
    return value;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** Under the write lock: applies the oldest pending migration and records it; null when none is left. */
function applyNext(
  db: Database.Database,
  files: readonly MigrationFile[],
  lockWaitMs: number,
): string | null {
  const file = db.name;
  const state = readState(db);
  const next = pendingIn(state, files, file)[0];
  if (!next) return null;
  if (!state.hasHistory) db.exec(HISTORY_TABLE);

  const id = randomUUID();
  db.prepare(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
     VALUES (?, ?, ?, ?, 0)`,
  ).run(id, next.checksum, next.name, sqliteInstant(new Date()));
  try {
    db.exec(next.script);
  } catch (error) {
    throw (
      describeDatabaseError(error, file, {
        waitedMs: lockWaitMs,
        consequence: `migration ${next.name} was rolled back`,
      }) ??
      new DatabaseProblem(
        `Migration ${next.name} failed and was rolled back, so the database is as it was ` +
          `(SQLite: ${oneLine(error)}); fix the migration and run it again.`,
      )
    );
  }
  const broken = db.prepare('PRAGMA foreign_key_check').all() as { table: string }[];
  if (broken.length > 0) {
    throw new DatabaseProblem(
      `Migration ${next.name} was rolled back because it would leave ${broken.length} rows of ` +
        `${broken[0]!.table} pointing at rows that do not exist; fix the migration and run it again.`,
    );
  }
  db.prepare(
    `UPDATE "_prisma_migrations" SET finished_at = ?, applied_steps_count = 1 WHERE id = ?`,
  ).run(sqliteInstant(new Date()), id);
  return next.name;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.replace(/[.\s]+$/, '');
}

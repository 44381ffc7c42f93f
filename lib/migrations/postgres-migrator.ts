import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DatabaseProblem } from '../database-problem';
import { describePostgresError, ensurePostgresDatabase } from '../db/postgres/connect';
import type { MigrationFile } from './migration-files';
import { pendingMigrations, type AppliedMigration } from './migration-plan';
import type { MigrationOptions, MigrationOutcome } from './migration-types';

/**
 * Applies migrations to a PostgreSQL database that other app servers may be starting against at
 * the same moment.
 *
 * Not `prisma migrate deploy`: through adapter-pg it fails as shipped ("Column type 'name' could
 * not be deserialized") and only works through a wrapper of the adapter's internals; and it
 * splits a script on every `;`, breaking PL/pgSQL bodies. Here instead:
 * - the history is read without a lock first: with nothing pending (every start but the first
 *   after an upgrade) nothing else happens;
 * - otherwise one session-level advisory lock (the same key for every server of this database)
 *   is taken, waited for on timers up to `lockWaitMs`, and the history is read again under it, so
 *   ten servers starting together apply each migration once and the other nine find it done;
 * - each migration runs as one script (simple query protocol: `$$` bodies and comments intact)
 *   in one transaction with its `_prisma_migrations` row, written the way Prisma writes it — a
 *   failing migration leaves nothing behind, not even a failed row (there is nothing to repair).
 */
export async function migratePostgres(
  url: string,
  files: readonly MigrationFile[],
  options: Required<Pick<MigrationOptions, 'lockWaitMs' | 'log'>>,
): Promise<MigrationOutcome> {
  await ensurePostgresDatabase(url);
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    // Quiet: "relation already exists, skipping" notices are not worth a line each.
    await client.query(`SET client_min_messages = warning`);
    const before = pendingMigrations(files, await readHistory(client));
    if (before.length === 0) return { applied: [], upToDate: files.length };

    await takeAdvisoryLock(client, options.lockWaitMs);
    try {
      // Under the lock: two servers creating it at once would collide in the catalogue.
      await client.query(HISTORY_TABLE);
      const history = await readHistory(client);
      const pending = pendingMigrations(files, history);
      for (const file of pending) {
        await applyOne(client, file);
        options.log(`Applied migration ${file.name}`);
      }
      return { applied: pending.map((f) => f.name), upToDate: files.length - pending.length };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } catch (error) {
    throw describePostgresError(error, 'the pending migrations were not applied') ?? error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Any constant will do, as long as every Claimtrack server uses the same one ("claimtrk" in hex). */
const MIGRATION_LOCK_KEY = '7164208212675424875';

/** Prisma's own definition of its history table on PostgreSQL, so its CLI reads ours unchanged. */
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** The recorded history; none on a new database (the table is made under the lock). */
async function readHistory(client: pg.Client): Promise<AppliedMigration[]> {
  const { rows: table } = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`,
  );
  if (!table[0]?.exists) return [];
  const { rows } = await client.query<AppliedMigration>(
    `SELECT "migration_name" AS "migrationName", "checksum",
            "finished_at"::text AS "finishedAt", "rolled_back_at"::text AS "rolledBackAt"
       FROM "_prisma_migrations" ORDER BY "started_at"`,
  );
  return rows;
}

async function takeAdvisoryLock(client: pg.Client, lockWaitMs: number): Promise<void> {
  const deadline = Date.now() + lockWaitMs;
  for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1::bigint) AS locked',
      [MIGRATION_LOCK_KEY],
    );
    if (rows[0]?.locked) return;
    if (Date.now() >= deadline) {
      throw new DatabaseProblem(
        `Another Claimtrack server kept migrating this database for more than ` +
          `${Number((lockWaitMs / 1000).toFixed(1))} s, so the pending migrations were not ` +
          'applied; try again when it is done, or wait longer with DATABASE_LOCK_WAIT_SECONDS.',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(file.script);
    await client.query(
      `INSERT INTO "_prisma_migrations"
         ("id", "checksum", "finished_at", "migration_name", "logs", "started_at", "applied_steps_count")
       VALUES ($1, $2, clock_timestamp(), $3, NULL, now(), 1)`,
      [randomUUID(), file.checksum, file.name],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw new DatabaseProblem(
      `Migration ${file.name} failed and was rolled back, so it and the ones after it were not ` +
        `applied: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

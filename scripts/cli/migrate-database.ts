import { applyMigrations, type MigrationOutcome } from '../../lib/migrations/apply-migrations';
import { databaseLabel } from './database-messages';

/** The settings of lib/env.ts the migration step reads. */
interface MigrationEnv {
  DATABASE_URL: string;
  DATABASE_LOCK_WAIT_SECONDS: number;
}

/**
 * The migration step of `npm start`, `db:migrate`, `db:seed` and `user:create`: the pending
 * migrations, waiting for the write lock as long as the environment says. Returns what it did
 * and a line saying so ("Database … is up to date: 6 migrations applied (1 now), in 12 ms.").
 */
export async function migrateDatabase(
  env: MigrationEnv,
  log: (line: string) => void,
): Promise<MigrationOutcome & { summary: string }> {
  const started = performance.now();
  const outcome = await applyMigrations(env.DATABASE_URL, {
    lockWaitMs: env.DATABASE_LOCK_WAIT_SECONDS * 1000,
    log,
  });
  const total = outcome.applied.length + outcome.upToDate;
  const now = outcome.applied.length > 0 ? ` (${outcome.applied.length} now)` : '';
  const ms = Math.round(performance.now() - started);
  const summary =
    `Database ${databaseLabel(env.DATABASE_URL)} is up to date: ${total} migrations ` +
    `applied${now}, in ${ms} ms.`;
  return { ...outcome, summary };
}

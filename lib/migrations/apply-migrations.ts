/**
 * The one migration step of Claimtrack: `npm start`, `npm run db:migrate`, `db:seed`,
 * `user:create`, `db:synth`, the test template and the benches all call applyMigrations, never
 * `prisma migrate deploy`, which cannot run while a server has the database open
 * (./sqlite-migrator.ts says why). Migrations stay Prisma's: folders of `migration.sql` under
 * prisma/migrations, recorded in `_prisma_migrations`, so Prisma's CLI (`migrate diff`,
 * `migrate status`, `migrate dev` on a database no server uses) keeps working.
 *
 * Per database provider, picked from the URL: SQLite files now. A PostgreSQL provider would
 * take `pg_advisory_lock` where SQLite takes BEGIN IMMEDIATE, so that servers starting together
 * still apply each migration once, and reuse the history rules of ./migration-plan.ts.
 */
import { sqliteFilePath } from '../database-url';
import { DatabaseProblem } from '../database-problem';
import { MIGRATIONS_DIR, readMigrationFiles } from './migration-files';
import { migrateSqliteFile } from './sqlite-migrator';
import type { MigrationOptions, MigrationOutcome } from './migration-types';

export type { MigrationOptions, MigrationOutcome } from './migration-types';

/** Long enough to outlast a bulk import's write; the app's own writes give up after 5 s. */
export const DEFAULT_LOCK_WAIT_MS = 30_000;

/** Applies the pending migrations to the database at `databaseUrl` (created when missing). */
export async function applyMigrations(
  databaseUrl: string,
  options: MigrationOptions = {},
): Promise<MigrationOutcome> {
  if (!databaseUrl.startsWith('file:')) {
    throw new DatabaseProblem(
      `DATABASE_URL must be a SQLite file URL such as file:./data/claimtrack.db (got ${databaseUrl}).`,
    );
  }
  const files = readMigrationFiles(options.migrationsDir ?? MIGRATIONS_DIR);
  return migrateSqliteFile(sqliteFilePath(databaseUrl), files, {
    lockWaitMs: options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS,
    log: options.log ?? (() => {}),
  });
}

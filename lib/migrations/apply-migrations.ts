/**
 * The one migration step of Claimtrack: `npm start`, `npm run db:migrate`, `db:seed`,
 * `user:create`, `db:synth`, the test template and the benches all call applyMigrations, never
 * `prisma migrate deploy`, which cannot run while a server has the database open
 * (./sqlite-migrator.ts says why). Migrations stay Prisma's: folders of `migration.sql` under
 * prisma/migrations, recorded in `_prisma_migrations`, so Prisma's CLI (`migrate diff`,
 * `migrate status`, `migrate dev` on a database no server uses) keeps working.
 *
 * Per database provider, picked from the URL, each with its own history of migrations generated
 * from the one model definition (prisma/schema.prisma; the PostgreSQL schema is written from it):
 * SQLite takes BEGIN IMMEDIATE per migration (./sqlite-migrator.ts), PostgreSQL an advisory lock
 * (./postgres-migrator.ts), so servers starting together apply each migration once. Both use the
 * history rules of ./migration-plan.ts.
 */
import { databaseProvider, sqliteFilePath } from '../database-url';
import { MIGRATIONS_DIR, POSTGRES_MIGRATIONS_DIR, readMigrationFiles } from './migration-files';
import { migratePostgres } from './postgres-migrator';
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
  const settings = {
    lockWaitMs: options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS,
    log: options.log ?? (() => {}),
  };
  if (databaseProvider(databaseUrl) === 'postgres') {
    const files = readMigrationFiles(options.migrationsDir ?? POSTGRES_MIGRATIONS_DIR);
    return migratePostgres(databaseUrl, files, settings);
  }
  const files = readMigrationFiles(options.migrationsDir ?? MIGRATIONS_DIR);
  return migrateSqliteFile(sqliteFilePath(databaseUrl), files, settings);
}

import { DatabaseProblem } from '../database-problem';
import { scriptMatchesChecksum, type MigrationFile } from './migration-files';

/** A row of `_prisma_migrations`, the history Prisma keeps and `prisma migrate status` reads. */
export interface AppliedMigration {
  migrationName: string;
  checksum: string;
  finishedAt: string | null;
  rolledBackAt: string | null;
}

/**
 * The checked-in migrations not yet applied, oldest first — or a refusal when the database's
 * history does not match them. Prisma's `migrate deploy` refuses a failed migration; this also
 * refuses what only `migrate status` reports (an applied migration edited since, or one this
 * copy of the app does not have), because applying on top of a history that differs builds a
 * schema nobody checked in.
 */
export function pendingMigrations(
  files: readonly MigrationFile[],
  history: readonly AppliedMigration[],
): MigrationFile[] {
  // A row marked rolled back (`prisma migrate resolve --rolled-back`) no longer counts.
  const live = history.filter((row) => row.rolledBackAt === null);

  const failed = live.find((row) => row.finishedAt === null);
  if (failed) {
    throw new DatabaseProblem(
      `Migration ${failed.migrationName} failed on an earlier run and is recorded as unfinished, ` +
        'so no migration is applied; repair the database, then record the outcome with ' +
        `\`npx prisma migrate resolve --rolled-back ${failed.migrationName}\` (or \`--applied\`).`,
    );
  }

  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of live) {
    const file = byName.get(row.migrationName);
    if (!file) {
      throw new DatabaseProblem(
        `The database has migration ${row.migrationName}, which this copy of Claimtrack does ` +
          'not have, so no migration is applied; run the Claimtrack version that added it.',
      );
    }
    if (!scriptMatchesChecksum(file.script, row.checksum)) {
      throw new DatabaseProblem(
        `Migration ${row.migrationName} was edited after it was applied to this database (its ` +
          'checksum differs), so no migration is applied; restore its migration.sql and put the ' +
          'change in a new migration.',
      );
    }
  }

  const applied = new Set(live.map((row) => row.migrationName));
  return files.filter((file) => !applied.has(file.name));
}

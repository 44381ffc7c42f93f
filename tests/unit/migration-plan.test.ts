import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DatabaseProblem } from '@/lib/database-problem';
import { scriptMatchesChecksum, type MigrationFile } from '@/lib/migrations/migration-files';
import { pendingMigrations, type AppliedMigration } from '@/lib/migrations/migration-plan';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function file(name: string, script = `CREATE TABLE "${name}" ("id" INTEGER);\n`): MigrationFile {
  return { name, script, checksum: sha(script) };
}

function applied(of: MigrationFile, overrides: Partial<AppliedMigration> = {}): AppliedMigration {
  return {
    migrationName: of.name,
    checksum: of.checksum,
    finishedAt: '2026-11-26T00:00:00.000+00:00',
    rolledBackAt: null,
    ...overrides,
  };
}

const first = file('20261126000000_init');
const second = file('20261126000100_next');
const third = file('20261126000200_last');
const files = [first, second, third];

describe('which migrations are pending', () => {
  it('the ones with no row, in folder order, also when an older one arrives late', () => {
    expect(pendingMigrations(files, [])).toEqual(files);
    expect(pendingMigrations(files, [applied(first), applied(second)])).toEqual([third]);
    // A branch merged with an older timestamp than the latest applied migration.
    expect(pendingMigrations(files, [applied(first), applied(third)])).toEqual([second]);
    expect(
      pendingMigrations(
        files,
        files.map((f) => applied(f)),
      ),
    ).toEqual([]);
  });

  it('a migration marked rolled back is applied again', () => {
    const rolledBack = applied(second, { rolledBackAt: '2026-11-27T00:00:00.000+00:00' });
    expect(pendingMigrations(files, [applied(first), rolledBack])).toEqual([second, third]);
  });
});

describe('a history that differs from the checked-in migrations is refused', () => {
  it('an applied migration edited since', () => {
    const edited = applied(second, { checksum: sha('something else') });
    expect(() => pendingMigrations(files, [applied(first), edited])).toThrow(
      new DatabaseProblem(
        'Migration 20261126000100_next was edited after it was applied to this database (its ' +
          'checksum differs), so no migration is applied; restore its migration.sql and put the ' +
          'change in a new migration.',
      ),
    );
  });

  it('a failed migration, even when a later one succeeded', () => {
    expect(() =>
      pendingMigrations(files, [applied(first), applied(second, { finishedAt: null })]),
    ).toThrow(/^Migration 20261126000100_next failed on an earlier run/);
  });

  it('a migration this copy of the app does not have', () => {
    const newer = applied(file('20261201000000_newer'));
    expect(() => pendingMigrations(files, [applied(first), newer])).toThrow(
      /^The database has migration 20261201000000_newer, which this copy of Claimtrack does not have/,
    );
  });
});

describe('checksums', () => {
  it("match Prisma's: the SHA-256 of migration.sql, whatever the checkout's line endings", () => {
    const unix = 'CREATE TABLE "a" (\n  "id" INTEGER\n);\n';
    const windows = unix.replace(/\n/g, '\r\n');
    expect(scriptMatchesChecksum(unix, sha(unix))).toBe(true);
    expect(scriptMatchesChecksum(windows, sha(unix))).toBe(true);
    expect(scriptMatchesChecksum(unix, sha(windows))).toBe(true);
    expect(scriptMatchesChecksum(`${unix}-- a comment\n`, sha(unix))).toBe(false);
    expect(scriptMatchesChecksum(unix.replace('a', 'b'), sha(unix))).toBe(false);
  });
});

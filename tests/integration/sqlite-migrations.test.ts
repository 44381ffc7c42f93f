/**
 * The project's migration step (lib/migrations) on real SQLite files: compatible with Prisma's
 * own CLI both ways, all-or-nothing per migration, and safe for Prisma's table-rebuilding
 * migrations. (Against a live server: cli-live-database.test.ts.)
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { readMigrationFiles } from '@/lib/migrations/migration-files';

const require = createRequire(import.meta.url);
const run = promisify(execFile);
const folders: string[] = [];

afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrack-migrations-'));
  folders.push(dir);
  return dir;
}

/** A migrations folder holding `scripts` (name → SQL), as prisma/migrations holds them. */
function migrationsFolder(scripts: Record<string, string>): string {
  const dir = path.join(scratch(), 'migrations');
  for (const [name, sql] of Object.entries(scripts)) {
    fs.mkdirSync(path.join(dir, name), { recursive: true });
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

function prisma(args: string[], databaseUrl: string) {
  return run(process.execPath, [require.resolve('prisma/build/index.js'), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

function query<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe("Prisma's CLI and this migration step read the same history", () => {
  it(
    'prisma migrate status and deploy find nothing to do after it',
    { timeout: 120_000 },
    async () => {
      const url = `file:${path.join(scratch(), 'ours.db')}`;
      const outcome = await applyMigrations(url);
      expect(outcome.applied).toEqual(readMigrationFiles().map((m) => m.name));
      const status = await prisma(['migrate', 'status'], url);
      expect(status.stdout).toContain('Database schema is up to date!');
      const deploy = await prisma(['migrate', 'deploy'], url);
      expect(deploy.stdout).toContain('No pending migrations to apply.');
    },
  );

  it('it finds nothing to do after prisma migrate deploy', { timeout: 120_000 }, async () => {
    const url = `file:${path.join(scratch(), 'prisma.db')}`;
    await prisma(['migrate', 'deploy'], url);
    expect(await applyMigrations(url)).toEqual({
      applied: [],
      upToDate: readMigrationFiles().length,
    });
  });
});

describe('each migration is all or nothing', () => {
  it('a failing migration leaves no table and no history row; fixed, it applies', async () => {
    const file = path.join(scratch(), 'fail.db');
    const good = 'CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "text" TEXT NOT NULL);\n';
    const broken =
      'CREATE TABLE "Tag" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "Missing" VALUES (1);\n';
    const dir = migrationsFolder({ '1_note': good, '2_tag': broken });
    await expect(applyMigrations(`file:${file}`, { migrationsDir: dir })).rejects.toThrow(
      'Migration 2_tag failed and was rolled back, so the database is as it was (SQLite: no ' +
        'such table: Missing); fix the migration and run it again.',
    );
    const tables = query<{ name: string }>(
      file,
      `SELECT name FROM sqlite_master WHERE type = 'table'`,
    );
    expect(tables.map((t) => t.name).sort()).toEqual(['Note', '_prisma_migrations']);
    expect(query(file, 'SELECT migration_name FROM "_prisma_migrations"')).toEqual([
      { migration_name: '1_note' },
    ]);

    fs.writeFileSync(
      path.join(dir, '2_tag', 'migration.sql'),
      'CREATE TABLE "Tag" ("id" INTEGER PRIMARY KEY);\n',
    );
    expect(await applyMigrations(`file:${file}`, { migrationsDir: dir })).toEqual({
      applied: ['2_tag'],
      upToDate: 1,
    });
  });

  it('a Prisma table rebuild keeps the rows that point at the table', async () => {
    const file = path.join(scratch(), 'rebuild.db');
    const dir = migrationsFolder({
      '1_init': `
CREATE TABLE "Claim" ("id" INTEGER PRIMARY KEY, "title" TEXT NOT NULL);
CREATE TABLE "Citation" (
  "id" INTEGER PRIMARY KEY,
  "claimId" INTEGER NOT NULL,
  CONSTRAINT "Citation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE
);
INSERT INTO "Claim" VALUES (1, 'a'), (2, 'b');
INSERT INTO "Citation" VALUES (10, 1), (11, 1), (12, 2);
`,
      // What `prisma migrate diff` writes to add a column SQLite cannot add in place.
      '2_redefine': `
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" ("id" INTEGER PRIMARY KEY, "title" TEXT NOT NULL, "rank" INTEGER NOT NULL DEFAULT 0);
INSERT INTO "new_Claim" ("id", "title") SELECT "id", "title" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`,
    });
    await applyMigrations(`file:${file}`, { migrationsDir: dir });
    expect(query(file, 'SELECT id, claimId FROM "Citation" ORDER BY id')).toEqual([
      { id: 10, claimId: 1 },
      { id: 11, claimId: 1 },
      { id: 12, claimId: 2 },
    ]);
    expect(query(file, 'SELECT id, rank FROM "Claim" ORDER BY id')).toEqual([
      { id: 1, rank: 0 },
      { id: 2, rank: 0 },
    ]);
  });

  it('a migration that would leave rows pointing nowhere is rolled back', async () => {
    const file = path.join(scratch(), 'orphans.db');
    const dir = migrationsFolder({
      '1_init': `
CREATE TABLE "Claim" ("id" INTEGER PRIMARY KEY);
CREATE TABLE "Citation" ("id" INTEGER PRIMARY KEY, "claimId" INTEGER NOT NULL REFERENCES "Claim" ("id"));
INSERT INTO "Claim" VALUES (1);
INSERT INTO "Citation" VALUES (10, 1);
`,
      '2_lose_claims': 'DELETE FROM "Claim";\n',
    });
    await expect(applyMigrations(`file:${file}`, { migrationsDir: dir })).rejects.toThrow(
      'Migration 2_lose_claims was rolled back because it would leave 1 rows of Citation ' +
        'pointing at rows that do not exist; fix the migration and run it again.',
    );
    expect(query(file, 'SELECT id FROM "Claim"')).toEqual([{ id: 1 }]);
  });
});

it('a database with tables but no migration history is refused, not migrated', async () => {
  const file = path.join(scratch(), 'foreign.db');
  const db = new Database(file);
  db.exec('CREATE TABLE "Other" ("id" INTEGER PRIMARY KEY)');
  db.close();
  await expect(applyMigrations(`file:${file}`)).rejects.toThrow(
    /has tables but no migration history \(_prisma_migrations\)/,
  );
  expect(query(file, `SELECT name FROM sqlite_master WHERE type = 'table'`)).toEqual([
    { name: 'Other' },
  ]);
});

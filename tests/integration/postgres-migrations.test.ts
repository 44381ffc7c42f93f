import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { readMigrationFiles, POSTGRES_MIGRATIONS_DIR } from '@/lib/migrations/migration-files';
import { onTestServer, testDatabaseUrl } from '../support/postgres-test-server';

// The PostgreSQL migration step: ten app servers starting at once against a new database.
const name = `claimtrack_test_${process.pid}_migrate_${Math.random().toString(36).slice(2, 8)}`;
const url = testDatabaseUrl(name);

afterAll(async () => {
  await onTestServer(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
});

describe('PostgreSQL migrations', () => {
  it('create the database and apply every migration once when ten servers start together', async () => {
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => applyMigrations(url)));
    const files = readMigrationFiles(POSTGRES_MIGRATIONS_DIR);
    const appliedBy = outcomes.filter((o) => o.applied.length > 0);
    expect(appliedBy).toHaveLength(1);
    expect(appliedBy[0]!.applied).toEqual(files.map((f) => f.name));

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; finished: boolean }>(
        `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations
          ORDER BY migration_name`,
      );
      expect(rows).toEqual(files.map((f) => ({ migration_name: f.name, finished: true })));
    } finally {
      await client.end();
    }
    // Started again: nothing pending, nothing applied.
    await expect(applyMigrations(url)).resolves.toEqual({ applied: [], upToDate: files.length });
  });

  it('keep the audit log and verdict history append-only, TRUNCATE included', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO "AuditEvent" ("action", "entityType", "entityId") VALUES ('x', 'claim', '1')`,
      );
      for (const sql of [
        `UPDATE "AuditEvent" SET "action" = 'y'`,
        `DELETE FROM "AuditEvent"`,
        `TRUNCATE "AuditEvent"`,
        `TRUNCATE "VerdictRevision" CASCADE`,
      ]) {
        await expect(client.query(sql)).rejects.toThrow(/append-only/);
      }
      const { rows } = await client.query(`SELECT "action" FROM "AuditEvent"`);
      expect(rows).toEqual([{ action: 'x' }]);
    } finally {
      await client.end();
    }
  });
});

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { onTestServer, testDatabaseUrl } from '../support/postgres-test-server';

const require = createRequire(import.meta.url);

/**
 * The PostgreSQL migrations build exactly the database prisma/postgres/schema.prisma describes
 * (written from prisma/schema.prisma): Prisma's own script for the schema, applied to an empty
 * database, has the same tables, columns, types, defaults and indexes as the migrated one. What
 * Prisma cannot express (partial indexes, triggers, search tables) is hand-written in the
 * migrations and compared apart from it.
 */
async function shape(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (
      await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          ORDER BY table_name`,
      )
    ).rows.map((row) => row.table_name);
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, datetime_precision, is_nullable, column_default
         FROM information_schema.columns WHERE table_schema = 'public'
        ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND indexdef NOT LIKE '% WHERE %'
          AND indexname <> ALL($1::text[])
        ORDER BY tablename, indexname`,
      [EXPRESSION_INDEXES],
    );
    const constraints = await client.query(
      `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        ORDER BY 1, 2`,
    );
    return { tables, columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows };
  } finally {
    await client.end();
  }
}

/** Hand-written indexes on an expression (Prisma cannot express one), checked apart. */
const EXPRESSION_INDEXES = ['AuditEvent_entityType_entityId_before_version_idx'];

/** Only what the schema describes: the migrated database also has its own tables. */
function limitedTo(tables: string[], value: Awaited<ReturnType<typeof shape>>) {
  const keep = new Set(tables);
  const of = (row: Record<string, unknown>) =>
    keep.has(String(row.table_name ?? row.tablename ?? row.table).replace(/"/g, ''));
  return {
    tables: value.tables.filter((t) => keep.has(t)),
    columns: value.columns.filter(of),
    indexes: value.indexes.filter(of),
    constraints: value.constraints.filter(of),
  };
}

const name = `claimtrack_test_${process.pid}_schema_${Math.random().toString(36).slice(2, 8)}`;

afterAll(async () => {
  await onTestServer(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
});

describe('PostgreSQL migrations', () => {
  it(
    'produce exactly the database prisma/postgres/schema.prisma describes',
    { timeout: 60_000 },
    async () => {
      const fromSchema = execFileSync(
        process.execPath,
        [
          require.resolve('prisma/build/index.js'),
          'migrate',
          'diff',
          '--config',
          'prisma/postgres/prisma.config.ts',
          '--from-empty',
          '--to-schema-datamodel',
          'prisma/postgres/schema.prisma',
          '--script',
        ],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
          env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
        },
      );
      await onTestServer(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      const empty = new pg.Client({ connectionString: testDatabaseUrl(name) });
      await empty.connect();
      try {
        await empty.query(fromSchema);
      } finally {
        await empty.end();
      }
      const expected = await shape(testDatabaseUrl(name));
      const migrated = await shape(process.env.DATABASE_URL!);
      expect(expected.tables).toContain('Claim');
      expect(expected.columns.length).toBeGreaterThan(100);
      expect(limitedTo(expected.tables, migrated)).toEqual(expected);
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      try {
        const found = await client.query<{ indexname: string }>(
          `SELECT indexname FROM pg_indexes WHERE indexname = ANY($1::text[]) ORDER BY 1`,
          [EXPRESSION_INDEXES],
        );
        expect(found.rows.map((r) => r.indexname)).toEqual([...EXPRESSION_INDEXES].sort());
      } finally {
        await client.end();
      }
    },
  );
});

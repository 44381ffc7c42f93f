/**
 * `npx tsx bench/content-version.ts [--seconds S] [--writers N]`: what the page cache's content
 * version (lib/db/content-version.ts) costs on PostgreSQL. In a scratch database (migrated,
 * demo data, dropped at the end):
 *
 * - concurrent content-writing transactions per second (each: UPDATE one claim of its own, one
 *   audit row — a verdict save's shape) with the version's triggers off, with every writer
 *   bumping ONE counter row, and with the migration's 64 slots;
 * - version reads answered per second for 64 concurrent callers, coalesced (as the page cache
 *   reads it) and one query per call, with the number of queries each sent.
 *
 * BENCH_POSTGRES_URL names the server (default postgresql://claimtrack@127.0.0.1:5432/).
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { coalesceReads } from '@/lib/db/content-version-reads';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { seedDemoData } from '../prisma/seed/seed-demo';
import { closePostgresPools } from '@/lib/db/postgres/connect';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    writers: { type: 'string', default: '12' },
  },
});
const SECONDS = Number(values.seconds);
const WRITERS = Number(values.writers);
const log = (line: string) => process.stderr.write(`${line}\n`);

const base = new URL(process.env.BENCH_POSTGRES_URL ?? 'postgresql://claimtrack@127.0.0.1:5432/');
const name = `claimtrack_bench_content_version_${process.pid}`;
const url = new URL(base);
url.pathname = `/${name}`;
const admin = new URL(base);
admin.pathname = '/postgres';

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const ONE_ROW = `CREATE OR REPLACE FUNCTION "content_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "slot" = 0;
  RETURN NULL;
END $$`;

async function setTriggers(enabled: boolean): Promise<void> {
  await withClient(async (client) => {
    const { rows } = await client.query<{ trigger: string; table: string }>(
      `SELECT tgname AS trigger, tgrelid::regclass::text AS table FROM pg_trigger
       WHERE tgname LIKE '%\\_content\\_version'`,
    );
    for (const { trigger, table } of rows) {
      await client.query(
        `ALTER TABLE ${table} ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER ${pg.escapeIdentifier(trigger)}`,
      );
    }
  });
}

/** Transactions per second committed by WRITERS clients, each on a claim of its own. */
async function saves(claimIds: number[]): Promise<number> {
  const clients = await Promise.all(
    claimIds.map(async () => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      return client;
    }),
  );
  let committed = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    clients.map(async (client, i) => {
      while (Date.now() < end) {
        await client.query('BEGIN');
        await client.query(`UPDATE "Claim" SET "rationale" = $1 WHERE "id" = $2`, [
          `Rationale ${committed}`,
          claimIds[i],
        ]);
        await client.query(
          `INSERT INTO "AuditEvent" ("action", "entityType", "entityId") VALUES ('bench', 'Claim', $1)`,
          [String(claimIds[i])],
        );
        await client.query('COMMIT');
        committed++;
      }
    }),
  );
  await Promise.all(clients.map((client) => client.end()));
  return committed / SECONDS;
}

/**
 * Version reads answered per second for 64 concurrent callers on one connection, and the
 * queries sent: coalesced as the page cache reads it (coalesceReads), or one query per call.
 */
async function reads(coalesced: boolean): Promise<{ perSecond: number; queries: number }> {
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  let queries = 0;
  const query = async () => {
    queries++;
    const { rows } = await pool.query<{ v: number }>(
      'SELECT sum("version")::float8 AS v FROM "ContentVersion"',
    );
    return rows[0]!.v;
  };
  const read = coalesced ? coalesceReads(query) : query;
  let answered = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (Date.now() < end) {
        await read();
        answered++;
      }
    }),
  );
  await pool.end();
  return { perSecond: answered / SECONDS, queries };
}

async function main(): Promise<void> {
  await onServer(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  try {
    await applyMigrations(url.toString());
    await seedDemoData(url.toString());
    await closePostgresPools();
    const claimIds = await withClient(async (client) =>
      (
        await client.query<{ id: number }>(`SELECT "id" FROM "Claim" ORDER BY "id" LIMIT $1`, [
          WRITERS,
        ])
      ).rows.map((r) => r.id),
    );
    log(`${claimIds.length} writers, ${SECONDS} s each:`);
    await setTriggers(false);
    const none = await saves(claimIds);
    log(`  triggers off:        ${none.toFixed(0)} saves/s`);
    await setTriggers(true);
    const slots = await saves(claimIds);
    log(`  64 slots (as built): ${slots.toFixed(0)} saves/s`);
    await withClient((client) => client.query(ONE_ROW));
    const oneRow = await saves(claimIds);
    log(`  one counter row:     ${oneRow.toFixed(0)} saves/s`);

    const coalesced = await reads(true);
    log(
      `64 readers: coalesced ${coalesced.perSecond.toFixed(0)} reads answered/s (${coalesced.queries} queries)`,
    );
    const each = await reads(false);
    log(
      `64 readers: one query each ${each.perSecond.toFixed(0)} reads/s (${each.queries} queries)`,
    );
  } finally {
    await onServer(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

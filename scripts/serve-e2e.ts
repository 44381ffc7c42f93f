/**
 * The server Playwright starts: `npm start` on a fresh copy of the demo data, so end-to-end runs
 * never touch an editor's data and always begin from the same state. The database is the one
 * e2e/e2e-database.ts names (E2E_DATABASE_URL, set by playwright.config.ts): the SQLite file
 * data/e2e.db, deleted first, or with E2E_DATABASE=postgres a PostgreSQL database whose name
 * starts with claimtrack_e2e_, dropped and created again. Refuses anything else.
 *
 * Second-editor review is off in it: the specs save verdicts and expect them applied, as a desk
 * with review off does. e2e/desk-review.spec.ts turns it on for itself (the run has one worker).
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { databaseProvider } from '../lib/database-url';
import { closePostgresPools } from '../lib/db/postgres/connect';
import { createPrismaClient } from '../lib/prisma-client';
import { runCli } from './cli/run-cli';
import { prepareDatabase } from './prepare-db';
import { startServer } from './start';

const sqliteFile = path.resolve('data', 'e2e.db');
const url = process.env.E2E_DATABASE_URL ?? `file:${sqliteFile}`;

function refuse(): never {
  console.error(`Refusing to run end-to-end tests against ${url}.`);
  process.exit(2);
}

/** Drops and re-creates the run's own database (only one named claimtrack_e2e_…). */
async function freshPostgresDatabase(): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^claimtrack_e2e_\w+$/.test(name)) refuse();
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** The desk's review setting off (lib/desk/desk-settings.ts: a row; no row means on). */
async function reviewOff(): Promise<void> {
  const prisma = createPrismaClient(url);
  try {
    await prisma.deskSetting.upsert({
      where: { key: 'review' },
      create: { key: 'review', value: 'false' },
      update: { value: 'false' },
    });
  } finally {
    await prisma.$disconnect();
    await closePostgresPools();
  }
}

runCli(async () => {
  if (process.env.DATABASE_URL && process.env.DATABASE_URL !== url) refuse();
  if (databaseProvider(url) === 'postgres') {
    await freshPostgresDatabase();
  } else {
    if (url !== `file:${sqliteFile}`) refuse();
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      fs.rmSync(sqliteFile + suffix, { force: true });
    }
  }
  process.env.DATABASE_URL = url;
  await prepareDatabase();
  await reviewOff();
  // Migrates and seeds nothing more now (the database is ready), builds if needed, serves.
  await startServer();
});

/**
 * The server Playwright starts: `npm start` on a fresh copy of the demo data, so end-to-end runs
 * never touch an editor's data and always begin from the same state. The database is the one
 * e2e/e2e-database.ts names (E2E_DATABASE_URL, set by playwright.config.ts): the SQLite file
 * data/e2e.db, deleted first, or with E2E_DATABASE=postgres a PostgreSQL database whose name
 * starts with claimtrack_e2e_, dropped and created again. Refuses anything else.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseProvider } from '../lib/database-url';
import { applyMigrations } from '../lib/migrations/apply-migrations';
import { runCli } from './cli/run-cli';
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

/**
 * The run's desk starts with second-editor review OFF: every spec but the review one saves
 * verdicts and expects them public at once, as on a desk without review; the review spec turns
 * it on for itself. Written after the migrations and before the demo seed (which checks for
 * claims only), so the demo seed and real desks keep the default (on).
 */
async function turnReviewOff(): Promise<void> {
  await applyMigrations(url);
  const sql = `INSERT INTO "DeskSetting" ("key", "value", "updatedAt") VALUES ('review', 'false', CURRENT_TIMESTAMP)`;
  if (databaseProvider(url) === 'postgres') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  } else {
    const sqlite = new Database(sqliteFile);
    try {
      sqlite.exec(sql);
    } finally {
      sqlite.close();
    }
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
  await turnReviewOff();
  await startServer();
});

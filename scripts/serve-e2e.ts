/**
 * The server Playwright starts: `npm start` on a fresh copy of the demo database in
 * data/e2e.db, so end-to-end runs never touch an editor's data and always begin from the same
 * state. Refuses anything but a local SQLite file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './cli/run-cli';
import { startServer } from './start';

const file = path.resolve('data', 'e2e.db');
if (process.env.DATABASE_URL && process.env.DATABASE_URL !== `file:${file}`) {
  console.error(`Refusing to run end-to-end tests against ${process.env.DATABASE_URL}.`);
  process.exit(2);
}
for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
process.env.DATABASE_URL = `file:${file}`;

runCli(startServer);

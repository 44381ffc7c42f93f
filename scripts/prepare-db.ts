/**
 * Brings the database to a usable state: creates its folder, applies the checked-in migrations
 * (`prisma migrate deploy`), switches the file to WAL mode, and seeds the demo data set only when
 * the database holds no claims at all — an editor's data is never overwritten.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sqliteFilePath } from '../lib/database-url';
import { parseEnv } from '../lib/env';
import { seedDemoData } from '../prisma/seed/seed-demo';

export async function prepareDatabase(): Promise<void> {
  const env = parseEnv();
  process.env.DATABASE_URL = env.DATABASE_URL;
  const file = sqliteFilePath(env.DATABASE_URL);
  fs.mkdirSync(path.dirname(file), { recursive: true });

  execFileSync(process.execPath, [require.resolve('prisma/build/index.js'), 'migrate', 'deploy'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  });

  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    const { n } = sqlite.prepare('SELECT count(*) AS n FROM "Claim"').get() as { n: number };
    if (n > 0) {
      console.log(`Database has ${n} claims; demo data not loaded.`);
      return;
    }
  } finally {
    sqlite.close();
  }
  const summary = await seedDemoData(env.DATABASE_URL);
  console.log(`Empty database: loaded the demo data set (${summary}).`);
}

if (require.main === module) {
  prepareDatabase().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

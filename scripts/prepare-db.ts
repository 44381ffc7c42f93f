/**
 * Brings the database to a usable state (`npm start`'s first step, and `npm run db:seed`):
 * applies the pending migrations (lib/migrations, safe while other servers use the database),
 * switches a SQLite file to WAL mode, and seeds the demo data set only when the database holds
 * no claims at all — an editor's data is never overwritten. The same on PostgreSQL, where
 * several servers starting together seed it once (the seed's own check, in its transaction).
 */
import Database from 'better-sqlite3';
import { databaseProvider, sqliteFilePath } from '../lib/database-url';
import { closePostgresPools } from '../lib/db/postgres/connect';
import { createPrismaClient } from '../lib/prisma-client';
import { retryUntilWriteLock } from '../lib/db/sqlite/write-lock';
import { DatabaseNotEmptyError, seedDemoData } from '../prisma/seed/seed-demo';
import { explainDatabaseError } from './cli/database-messages';
import { migrateDatabase } from './cli/migrate-database';
import { loadEnv, runCli } from './cli/run-cli';

export async function prepareDatabase(): Promise<void> {
  const env = await loadEnv();
  process.env.DATABASE_URL = env.DATABASE_URL;
  const lockWaitMs = env.DATABASE_LOCK_WAIT_SECONDS * 1000;

  const { summary } = await migrateDatabase(env, (line) => console.log(line));
  console.log(summary);

  try {
    const claims = await countClaims(env.DATABASE_URL, lockWaitMs);
    if (claims > 0) {
      console.log(`Database has ${claims} claims; demo data not loaded.`);
      return;
    }
    // Each try waits the app's 5 s for the write lock; a server's bulk import may hold it longer.
    const loaded = await retryUntilWriteLock(() => seedDemoData(env.DATABASE_URL), lockWaitMs);
    console.log(`Empty database: loaded the demo data set (${loaded}).`);
  } catch (error) {
    // Another start seeded it between the count and the seed's own check.
    if (error instanceof DatabaseNotEmptyError) {
      console.log(`Database has ${error.claims} claims; demo data not loaded.`);
      return;
    }
    throw (
      explainDatabaseError(error, env.DATABASE_URL, {
        waitedMs: lockWaitMs,
        consequence: 'the demo data set was not loaded',
      }) ?? error
    );
  }
}

async function countClaims(databaseUrl: string, lockWaitMs: number): Promise<number> {
  if (databaseProvider(databaseUrl) === 'sqlite') {
    return countClaimsInWalMode(sqliteFilePath(databaseUrl), lockWaitMs);
  }
  const prisma = createPrismaClient(databaseUrl);
  try {
    return await prisma.claim.count();
  } finally {
    await prisma.$disconnect();
    await closePostgresPools();
  }
}

/**
 * WAL lets readers and one writer work at once: what several server processes need. The mode
 * is kept in the file, so this changes nothing on a database that servers already use.
 */
function countClaimsInWalMode(file: string, lockWaitMs: number): number {
  const sqlite = new Database(file, { fileMustExist: true, timeout: lockWaitMs });
  try {
    sqlite.pragma('journal_mode = WAL');
    return (sqlite.prepare('SELECT count(*) AS n FROM "Claim"').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

if (require.main === module) runCli(prepareDatabase);

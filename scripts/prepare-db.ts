/**
 * Brings the database to a usable state (`npm start`'s first step, and `npm run db:seed`):
 * applies the pending migrations (lib/migrations, safe while other servers use the file),
 * switches the file to WAL mode, and seeds the demo data set only when the database holds no
 * claims at all — an editor's data is never overwritten.
 */
import Database from 'better-sqlite3';
import { sqliteFilePath } from '../lib/database-url';
import { describeDatabaseError } from '../lib/database-problem';
import { retryUntilWriteLock } from '../lib/db/sqlite/write-lock';
import { DatabaseNotEmptyError, seedDemoData } from '../prisma/seed/seed-demo';
import { migrateDatabase } from './cli/migrate-database';
import { loadEnv, runCli } from './cli/run-cli';

export async function prepareDatabase(): Promise<void> {
  const env = await loadEnv();
  process.env.DATABASE_URL = env.DATABASE_URL;
  const file = sqliteFilePath(env.DATABASE_URL);
  const lockWaitMs = env.DATABASE_LOCK_WAIT_SECONDS * 1000;

  const { summary } = await migrateDatabase(env, (line) => console.log(line));
  console.log(summary);

  try {
    const claims = countClaimsInWalMode(file, lockWaitMs);
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
      describeDatabaseError(error, file, {
        waitedMs: lockWaitMs,
        consequence: 'the demo data set was not loaded',
      }) ?? error
    );
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

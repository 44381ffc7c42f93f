/**
 * `npm run db:migrate`: applies the pending migrations of prisma/migrations to DATABASE_URL
 * (lib/migrations), creating the file when it is missing. Safe while servers use the database:
 * with nothing pending it only reads which migrations are applied; otherwise it waits for the
 * write lock like any writer (up to DATABASE_LOCK_WAIT_SECONDS). `npm start` runs the same step.
 */
import { parseArgs } from 'node:util';
import { migrateDatabase } from './cli/migrate-database';
import { argumentProblem, loadEnv, runCli, UsageError } from './cli/run-cli';

const USAGE = `Usage: npm run db:migrate
Applies the pending migrations to the database named by DATABASE_URL
(default file:./data/claimtrack.db), also while the server runs.`;

async function main(): Promise<void> {
  let help: boolean | undefined;
  try {
    ({
      values: { help },
    } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    throw new UsageError(argumentProblem(error));
  }
  if (help) {
    console.log(USAGE);
    return;
  }
  const env = await loadEnv();
  const { summary } = await migrateDatabase(env, (line) => console.log(line));
  console.log(summary);
}

runCli(main);

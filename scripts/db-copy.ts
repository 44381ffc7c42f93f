/**
 * `npm run db:copy -- --from file:./data/claimtrack.db --to postgresql://…`: moves a desk from
 * SQLite to PostgreSQL whole — users and their accounts, every claim, source, citation, tag,
 * verdict history and audit event, with their ids (sessions are not copied: everyone signs in
 * again). Refuses a target that holds any of that already. Prints the row count and checksum of
 * each table on both sides; the copy commits only when they agree (lib/db/copy).
 */
import { parseArgs } from 'node:util';
import { copyDatabase } from '../lib/db/copy/copy-database';
import { formatCopyReport } from '../lib/db/copy/copy-report';
import { closePostgresPools } from '../lib/db/postgres/connect';
import { argumentProblem, runCli, UsageError } from './cli/run-cli';

const USAGE = `Usage: npm run db:copy -- --from file:./data/claimtrack.db --to postgresql://user@host/db
Copies a SQLite database of Claimtrack into an empty PostgreSQL database (migrated first),
ids and all, and checks row counts and checksums per table before committing.`;

async function main(): Promise<void> {
  let values: { from?: string; to?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(argumentProblem(error));
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.from || !values.to) throw new UsageError('Name both --from and --to');
  const started = performance.now();
  try {
    const reports = await copyDatabase(values.from, values.to, (line) => console.log(line));
    console.log(`\n${formatCopyReport(reports)}\n`);
    const rows = reports.reduce((sum, r) => sum + r.targetRows, 0);
    console.log(
      `Copied ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s; every table matches its source.`,
    );
  } finally {
    await closePostgresPools();
  }
}

runCli(main);

/**
 * `npm run db:synth -- --claims 100000`: fills a database with a realistic synthetic data set for
 * load tests and benchmarks (see scripts/synth/load.ts). Refuses a database that already has
 * claims unless --append is given.
 *
 *   --claims N                 claims to create (default 1000)
 *   --citations-per-claim K    average citations per claim; total is exactly N × K (default 3)
 *   --database URL             SQLite file URL or path (default: DATABASE_URL, else the app's)
 *   --seed S                   PRNG seed (default 1): same seed and --until, same data
 *   --until DATE               dates run over the 3 years before it (default: today, 00:00 UTC)
 *   --append                   add to a database that already has claims
 */
import { parseArgs } from 'node:util';
import { resolveDatabaseUrl, sqliteFilePath } from '../lib/database-url';
import { describeDatabaseError } from '../lib/database-problem';
import { WRITE_LOCK_TIMEOUT_MS } from '../lib/db/sqlite/write-lock';
import { argumentProblem, loadEnv, runCli, UsageError } from './cli/run-cli';
import { formatInt } from './synth/progress';
import { SynthInterruptedError, SynthRefusedError, synthesize } from './synth/load';

const USAGE = `Usage: npm run db:synth -- [--claims N] [--citations-per-claim K] [--database file:PATH]
                          [--seed S] [--until YYYY-MM-DD] [--append]`;

function integer(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value < min) {
    throw new UsageError(`--${name} must be a whole number ≥ ${min} (got "${raw}")`);
  }
  return value;
}

function parseCli(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        claims: { type: 'string' },
        'citations-per-claim': { type: 'string' },
        database: { type: 'string' },
        seed: { type: 'string' },
        until: { type: 'string' },
        append: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(argumentProblem(error));
  }
  const database = values.database?.trim();
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const until = values.until ? new Date(values.until) : today;
  if (Number.isNaN(until.getTime()))
    throw new UsageError(`--until is not a date: "${values.until}"`);
  const databaseUrl = resolveDatabaseUrl(
    database ? (/^[a-z]+:/.test(database) ? database : `file:${database}`) : undefined,
  );
  // The bulk loader writes SQLite's own tables with prepared statements; a PostgreSQL data set
  // is made from a synthesized file (what the benches do) rather than by a second loader.
  if (!databaseUrl.startsWith('file:')) {
    throw new UsageError(
      `db:synth writes a SQLite file (got ${new URL(databaseUrl).protocol}…); synthesize into ` +
        'a file, then move it to PostgreSQL with `npm run db:copy -- --from file:… --to postgresql://…`',
    );
  }
  return {
    help: values.help,
    claims: integer('claims', values.claims, 1000, 1),
    citationsPerClaim: integer('citations-per-claim', values['citations-per-claim'], 3, 0),
    seed: integer('seed', values.seed, 1, 0),
    append: values.append,
    until,
    // A bare path is accepted too; relative paths resolve against the project root like the app's.
    databaseUrl,
  };
}

async function main(): Promise<number> {
  const cli = parseCli(process.argv.slice(2));
  if (cli.help) {
    console.log(USAGE);
    return 0;
  }
  const env = await loadEnv();
  let s;
  try {
    s = await synthesize({ ...cli, lockWaitMs: env.DATABASE_LOCK_WAIT_SECONDS * 1000 });
  } catch (error) {
    throw (
      describeDatabaseError(error, sqliteFilePath(cli.databaseUrl), {
        waitedMs: WRITE_LOCK_TIMEOUT_MS,
        consequence: 'the synthetic load stopped',
        configurable: false,
      }) ?? error
    );
  }
  console.log(
    `Synthetic data set written to ${cli.databaseUrl} in ${s.seconds.toFixed(1)} s: ` +
      `${formatInt(s.claims)} claims, ${formatInt(s.citations)} citations, ` +
      `${formatInt(s.revisions)} verdict revisions, ${formatInt(s.claimTags)} claim tags, ` +
      `${formatInt(s.sources)} sources, ${formatInt(s.claimants)} claimants, ` +
      `${formatInt(s.publishers)} publishers, ${formatInt(s.tags)} tags ` +
      `(${formatInt(s.rows / s.seconds)} rows/s overall).`,
  );
  return 0;
}

runCli(main, (error) => {
  if (error instanceof SynthRefusedError) return { message: error.message, exitCode: 2 };
  if (error instanceof SynthInterruptedError) return { message: error.message, exitCode: 130 };
  return null;
});

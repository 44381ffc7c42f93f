/**
 * `npm run bench [-- --database postgres]`: every benchmark in turn, each given the same
 * arguments (`--database postgres` runs each on a PostgreSQL bench database of its own on the
 * local server; the default is each bench's SQLite file). Stops at the first bench that breaks;
 * a missed target is reported by the bench itself, never an error.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BENCHES = ['run.ts', 'editors.ts', 'export.ts', 'intake.ts'];
const args = process.argv.slice(2);

for (const bench of BENCHES) {
  console.log(`\n=== bench/${bench} ${args.join(' ')}`.trimEnd());
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, bench), ...args],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

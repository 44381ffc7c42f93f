/**
 * `npm run bench [-- --database postgres]`: every benchmark in turn, each given the same
 * arguments (`--database postgres` runs each on a PostgreSQL bench database of its own on the
 * local server; the default is each bench's SQLite file). Each runs through its own npm script,
 * so it starts exactly as `npm run bench:<name>` does. Stops at the first bench that breaks; a
 * missed target is reported by the bench itself, never an error. Intake has no database.
 */
import { spawnSync } from 'node:child_process';

const BENCHES = [
  'pages',
  'list',
  'editors',
  'desk',
  'export',
  'search',
  'stories',
  'import',
  'intake',
];
const args = process.argv.slice(2);

for (const bench of BENCHES) {
  const forwarded = bench === 'intake' ? [] : args;
  console.log(`\n=== npm run bench:${bench} ${forwarded.join(' ')}`.trimEnd());
  const result = spawnSync('npm', ['run', '--silent', `bench:${bench}`, '--', ...forwarded], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

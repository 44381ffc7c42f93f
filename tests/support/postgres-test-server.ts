/**
 * The PostgreSQL server the PostgreSQL half of the suites runs on: TEST_POSTGRES_URL, by default
 * the role and database `.ci/run` creates on the local server. Each test file gets a database of
 * its own, copied from a migrated template (CREATE DATABASE … TEMPLATE: ~0.1 s, no migration).
 */
import pg from 'pg';

export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgresql://claimtrack@127.0.0.1:5432/claimtrack';

/** The URL of database `name` on the test server. */
export function testDatabaseUrl(name: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `sql` on the test server's maintenance database (CREATE/DROP DATABASE). */
export async function onTestServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Names of the test server's databases starting with `prefix`. */
export async function databasesNamed(prefix: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

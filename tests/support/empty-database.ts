/**
 * A migrated database with no data, of a test's own, on this test file's provider: a copy of
 * the migrated template (a SQLite file, or CREATE DATABASE … TEMPLATE on PostgreSQL). For tests
 * of what only an empty database allows, such as the demo seed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { databaseProvider } from '@/lib/database-url';
import { onTestServer, testDatabaseUrl } from './postgres-test-server';

export async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `claimtrack-empty-${process.pid}-${Date.now()}`;
  if (databaseProvider(process.env.DATABASE_URL!) === 'postgres') {
    const db = `${inject('postgresPrefix')}${name.replaceAll('-', '_')}`;
    await onTestServer(
      `CREATE DATABASE ${pg.escapeIdentifier(db)} TEMPLATE ${pg.escapeIdentifier(inject('postgresTemplate'))}`,
    );
    return {
      url: testDatabaseUrl(db),
      drop: () => onTestServer(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db)} WITH (FORCE)`),
    };
  }
  const file = path.join(os.tmpdir(), `${name}.db`);
  fs.copyFileSync(inject('templateDatabase'), file);
  return {
    url: `file:${file}`,
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) {
        fs.rmSync(file + suffix, { force: true });
      }
    },
  };
}

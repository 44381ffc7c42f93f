/**
 * Before each test file of the PostgreSQL project: a private copy of the migrated template
 * database, named in DATABASE_URL before any app module (lib/env.ts, lib/db.ts) is imported.
 * PostgreSQL needs a shared secret and site address (lib/env.ts says why); the site address is
 * the one a test on SQLite gets by default, so both providers write the same links.
 */
import pg from 'pg';
import { inject } from 'vitest';
import { onTestServer, testDatabaseUrl } from './postgres-test-server';

const name = `${inject('postgresPrefix')}${Math.random().toString(36).slice(2, 10)}`;
await onTestServer(
  `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(inject('postgresTemplate'))}`,
);
process.env.DATABASE_URL = testDatabaseUrl(name);
process.env.BETTER_AUTH_SECRET ??= 'integration-tests-only-secret-0123456789abcdef';
process.env.SITE_URL ??= 'http://localhost:3000';

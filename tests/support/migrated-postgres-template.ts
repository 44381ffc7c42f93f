/**
 * Runs once per `vitest run` of the PostgreSQL project: applies the real PostgreSQL migrations
 * (lib/migrations, the step `npm start` runs) to a template database; each test file copies it
 * (./test-postgres-database.ts). Every database of this run is dropped at the end.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../lib/migrations/apply-migrations';
import { databasesNamed, onTestServer, testDatabaseUrl } from './postgres-test-server';
import { turnReviewOffPostgres } from './review-off';

export default async function setup(project: TestProject) {
  const prefix = `claimtrack_test_${process.pid}_`;
  const template = `${prefix}template`;
  await onTestServer(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(template)} WITH (FORCE)`);
  await applyMigrations(testDatabaseUrl(template));
  await turnReviewOffPostgres(testDatabaseUrl(template));
  project.provide('postgresTemplate', template);
  project.provide('postgresPrefix', prefix);
  return async () => {
    for (const name of await databasesNamed(prefix)) {
      await onTestServer(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresTemplate: string;
    postgresPrefix: string;
  }
}

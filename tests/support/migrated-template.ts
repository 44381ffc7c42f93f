/**
 * Runs once per `vitest run`: applies the real migrations (lib/migrations, the same step
 * `npm start` runs) to a template SQLite file. Each test file then works on its own copy,
 * so tests run against a real database without paying for a migration each.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../lib/migrations/apply-migrations';
import { turnReviewOffSqlite } from './review-off';

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrack-test-'));
  const template = path.join(dir, 'template.db');
  await applyMigrations(`file:${template}`);
  turnReviewOffSqlite(template);
  project.provide('templateDatabase', template);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

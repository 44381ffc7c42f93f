/**
 * Runs once per `vitest run`: applies the real migrations (`prisma migrate deploy`, the same
 * step `npm start` runs) to a template SQLite file. Each test file then works on its own copy,
 * so tests run against a real database without paying for a migration each.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const require = createRequire(import.meta.url);

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrack-test-'));
  const template = path.join(dir, 'template.db');
  execFileSync(process.execPath, [require.resolve('prisma/build/index.js'), 'migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: 'pipe',
  });
  project.provide('templateDatabase', template);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

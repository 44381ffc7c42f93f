/**
 * Before each integration test file: a private copy of the migrated template database, named in
 * DATABASE_URL before any app module (lib/env.ts, lib/db.ts) is imported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

const template = inject('templateDatabase');
const file = path.join(
  path.dirname(template),
  `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`,
);
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;

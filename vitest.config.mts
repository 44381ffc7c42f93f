import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside React Server Components; the data layer is tested directly.
      'server-only': path.join(root, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    // Two files at a time even on two cores: an integration file spends much of its time waiting
    // (PostgreSQL, fsync, child processes), so a second worker fills that time — 90–115 s → 64–68 s
    // on an 8-file sample here (Vitest's default on two cores is one worker). A busy machine
    // then runs each test slower, so the time-outs are wide: they catch a hang, not a slow test.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      // The integration suite runs on both providers: each file on a fresh SQLite file and on a
      // fresh PostgreSQL database. Files named sqlite-* or postgres-* test what only that
      // provider has.
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: ['tests/integration/**/postgres-*.test.ts'],
          globalSetup: ['tests/support/migrated-template.ts'],
          setupFiles: ['tests/support/test-database.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-postgres',
          include: ['tests/integration/**/*.test.ts'],
          exclude: ['tests/integration/**/sqlite-*.test.ts'],
          globalSetup: ['tests/support/migrated-postgres-template.ts'],
          setupFiles: ['tests/support/test-postgres-database.ts'],
        },
      },
    ],
  },
});

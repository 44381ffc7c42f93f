import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

/**
 * The integration files that run on PostgreSQL so far (issue 12 moves the rest behind lib/db's
 * provider boundary, area by area); the aim is every file.
 */
const POSTGRES_READY = process.env.PG_ALL
  ? ['tests/integration/**/*.test.ts']
  : [
      'tests/integration/api-claims.test.ts',
      'tests/integration/auth-admin-actions.test.ts',
      'tests/integration/auth-sign-in-throttle.test.ts',
      'tests/integration/auth-sign-in.test.ts',
      'tests/integration/auth-user-create-audit.test.ts',
      'tests/integration/auth-users.test.ts',
      'tests/integration/claim-detail.test.ts',
      'tests/integration/claim-list.test.ts',
      'tests/integration/claim-search.test.ts',
      'tests/integration/editing-audit.test.ts',
      'tests/integration/editing-authorization.test.ts',
      'tests/integration/editing-citations.test.ts',
      'tests/integration/editing-claim-list.test.ts',
      'tests/integration/editing-claims.test.ts',
      'tests/integration/editing-concurrency.test.ts',
      'tests/integration/editing-evidence.test.ts',
      'tests/integration/editing-merge.test.ts',
      'tests/integration/editing-sources.test.ts',
      'tests/integration/editing-verdict-history.test.ts',
      'tests/integration/export-formats.test.ts',
      'tests/integration/export-records.test.ts',
      'tests/integration/export-same-bytes.test.ts',
      'tests/integration/export-stored-text.test.ts',
      'tests/integration/feed-document.test.ts',
      'tests/integration/feed-verdict-changes.test.ts',
      'tests/integration/import-ids.test.ts',
      'tests/integration/import-record-fields.test.ts',
      'tests/integration/page-cache.test.ts',
      'tests/integration/postgres-*.test.ts',
      'tests/integration/search-parity.test.ts',
    ];

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside React Server Components; the data layer is tested directly.
      'server-only': path.join(root, 'tests/support/empty-module.ts'),
    },
  },
  test: {
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
          include: POSTGRES_READY,
          exclude: ['tests/integration/**/sqlite-*.test.ts'],
          globalSetup: ['tests/support/migrated-postgres-template.ts'],
          setupFiles: ['tests/support/test-postgres-database.ts'],
        },
      },
    ],
  },
});

import { defineConfig, devices } from '@playwright/test';
import { E2E_DATABASE_URL, E2E_ON_POSTGRES, E2E_SERVER_ENV } from './e2e/e2e-database';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * With E2E_DATABASE=postgres: a representative subset against a PostgreSQL-backed production
 * build — the paths where the provider changes what a user sees (signing in, reading and
 * searching, the page cache, editing and concurrent saves, review, the desk board, stories, source watch) —
 * plus the specs only PostgreSQL can run (several app servers over one database). Specs whose
 * PostgreSQL data paths the integration suite already runs on both databases and whose screens
 * do not change with the provider (the list's typing and phone layout, notes, notifications,
 * bylines, figures, relations, the method page) run on SQLite only: CI has 25 minutes.
 */
const ON_POSTGRES = [
  'auth.spec.ts',
  'busy-database.spec.ts',
  'claim-page.spec.ts',
  'desk-review.spec.ts',
  'desk.spec.ts',
  'editor-claims.spec.ts',
  'editor-concurrent-edits.spec.ts',
  'home-and-sources.spec.ts',
  'page-cache.spec.ts',
  'search.spec.ts',
  'source-watch.spec.ts',
  'stories.spec.ts',
  'two-servers.spec.ts',
];
const POSTGRES_ONLY = ['busy-database.spec.ts', 'two-servers.spec.ts'];

export default defineConfig({
  testDir: 'e2e',
  testMatch: E2E_ON_POSTGRES ? ON_POSTGRES.map((spec) => `**/${spec}`) : undefined,
  testIgnore: E2E_ON_POSTGRES ? undefined : POSTGRES_ONLY.map((spec) => `**/${spec}`),
  // One worker: fixtures write to the same SQLite file from the test process, and two writing
  // processes contend for its lock (Prisma's nested writes then time out). The suite takes ~2 min.
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium: Playwright's own browser download cannot reach its host here.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // Builds when needed, migrates and seeds a fresh database (e2e/e2e-database.ts), serves the
    // production build.
    command: 'npx tsx scripts/serve-e2e.ts',
    url: `${E2E_BASE_URL}/claims`,
    env: {
      PORT: String(PORT),
      NEXT_TELEMETRY_DISABLED: '1',
      E2E_DATABASE_URL,
      ...E2E_SERVER_ENV,
    },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
  },
});

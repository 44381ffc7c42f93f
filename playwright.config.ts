import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
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
    // Builds when needed, migrates and seeds a fresh data/e2e.db, serves the production build.
    command: 'npx tsx scripts/serve-e2e.ts',
    url: `${E2E_BASE_URL}/claims`,
    env: { PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1' },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
  },
});

/**
 * Which database the end-to-end run uses. By default a fresh SQLite file, data/e2e.db. With
 * E2E_DATABASE=postgres, a fresh PostgreSQL database on the test server (E2E_POSTGRES_URL, else
 * TEST_POSTGRES_URL, else the local one), named for the port so parallel runs never share one;
 * scripts/serve-e2e.ts drops and re-creates it before the server starts. The servers and the
 * fixtures then need the shared secret and site address PostgreSQL requires (lib/env.ts).
 */
import path from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 3100);

export const E2E_ON_POSTGRES = process.env.E2E_DATABASE === 'postgres';

function postgresUrl(): string {
  const base = new URL(
    process.env.E2E_POSTGRES_URL ??
      process.env.TEST_POSTGRES_URL ??
      'postgresql://claimtrack@127.0.0.1:5432/claimtrack',
  );
  base.pathname = `/claimtrack_e2e_${PORT}`;
  return base.toString();
}

export const E2E_DATABASE_URL = E2E_ON_POSTGRES
  ? postgresUrl()
  : `file:${path.resolve('data', 'e2e.db')}`;

/**
 * What every server of the run needs besides DATABASE_URL and PORT. Source watch's worker is
 * off: the demo sources name real sites, and a browser test sets the watch states it shows
 * itself (the worker is tested with real processes in tests/integration/jobs-*.test.ts).
 */
export const E2E_SERVER_ENV: Record<string, string> = {
  WATCH_ENABLED: '0',
  ...(E2E_ON_POSTGRES
    ? {
        BETTER_AUTH_SECRET:
          process.env.BETTER_AUTH_SECRET ?? 'e2e-only-secret-0123456789abcdefghijkl',
        SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${PORT}`,
      }
    : {}),
};

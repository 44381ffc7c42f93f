import { spawn, type ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import { E2E_DATABASE_URL, E2E_SERVER_ENV } from './e2e-database';
import { test, expect } from './fixtures';

// Issue 12: several app servers over one PostgreSQL database. Server A is the run's own
// (playwright.config.ts); server B is a second `npm start` on another port over the same
// database, each with its own page cache, sessions read from the database, and the sign-in
// limits counted in it. Only the PostgreSQL run has this spec (E2E_DATABASE=postgres).

const PORT_A = Number(process.env.E2E_PORT ?? 3100);
const PORT_B = PORT_A + 10;
const A = `http://127.0.0.1:${PORT_A}`;
const B = `http://127.0.0.1:${PORT_B}`;
const CACHE_HEADER = 'x-claimtrack-cache';

let serverB: ChildProcess | null = null;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  serverB = spawn(process.execPath, [require.resolve('tsx/cli'), 'scripts/start.ts'], {
    env: {
      ...process.env,
      ...E2E_SERVER_ENV,
      DATABASE_URL: E2E_DATABASE_URL,
      PORT: String(PORT_B),
      WEB_CONCURRENCY: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
    detached: true,
  });
  // Ready when it answers; polled, as Playwright polls the run's own server.
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${B}/claims`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 200_000, intervals: [500] },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (serverB?.pid) process.kill(-serverB.pid, 'SIGTERM');
});

/**
 * Sends this tab's requests for the site (A's address, the one SITE_URL names) to server B, as
 * a load balancer in front of both servers would: the browser still sees one site, so forms
 * posted through B pass the same-origin checks every server makes against SITE_URL.
 */
async function throughServerB(tab: Page): Promise<{ forwarded: number }> {
  const counter = { forwarded: 0 };
  await tab.route(`${A}/**`, async (route) => {
    counter.forwarded++;
    // Fetched from B and answered as A: the page stays on A's origin (no redirect).
    const url = route.request().url().replace(A, B);
    // A reused keep-alive connection that B has just closed resets (seen with 20 tabs on one
    // process): a load balancer retries a GET on another connection, and so does this one.
    // A POST is never retried: it might have been applied.
    const attempts = route.request().method() === 'GET' ? 3 : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await route.fulfill({ response: await route.fetch({ url, maxRedirects: 0 }) });
      } catch (error) {
        if (attempt >= attempts || !/ECONNRESET|socket hang up/.test(String(error))) throw error;
      }
    }
  });
  return counter;
}

async function verdictHistory(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  return {
    cache: response?.headers()[CACHE_HEADER] ?? null,
    history: page.getByRole('region', { name: 'Verdict history' }),
  };
}

test('a verdict saved through server A is on server B’s next view, though B had it cached', async ({
  page,
  browser,
  createAccount,
  createClaim,
  signInAs,
  uid,
}) => {
  const claim = await createClaim({ verdict: 'likely', confidence: 'moderate' });
  const reader = await (await browser.newContext()).newPage();
  await verdictHistory(reader, `${B}/claims/${claim.id}`);
  const cached = await verdictHistory(reader, `${B}/claims/${claim.id}`);
  expect(cached.cache).toBe('hit');
  await expect(cached.history).toContainText('Likely');

  await signInAs(await createAccount());
  await page.goto(`${A}/editor/claims/${claim.id}`);
  const form = page.getByRole('form', { name: 'Change the verdict' });
  await form.getByLabel('Verdict').selectOption('disputed');
  await form.getByLabel('Rationale').fill(`Server A saved this ${uid}.`);
  await form.getByRole('button', { name: 'Save verdict' }).click();
  await expect(page.getByRole('status')).toHaveText('Verdict saved.');

  const next = await verdictHistory(reader, `${B}/claims/${claim.id}`);
  expect(next.cache).toBe('miss');
  await expect(next.history.getByRole('listitem').first()).toContainText('Disputed');
  await expect(next.history).toContainText(`Server A saved this ${uid}.`);
  await reader.context().close();
});

test('a session made by signing in on server A works on server B', async ({
  page,
  createAccount,
}) => {
  const editor = await createAccount();
  await page.goto(`${A}/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(editor.email);
  await page.getByLabel('Password', { exact: true }).fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${editor.name}`);

  // Cookies are kept per host, not per port: the browser sends A's session cookie to B.
  await page.goto(`${B}/editor/claims`);
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${editor.name}`);
  await expect(page).toHaveURL(`${B}/editor/claims`);
});

test('the failed-sign-in limit counts attempts on both servers together', async ({
  page,
  createAccount,
}) => {
  // Twelve sign-ins, each failed one held to the form's minimum answer time (lib/auth/sign-in.ts).
  test.setTimeout(120_000);
  const editor = await createAccount();
  const tabB = await page.context().newPage();
  const viaB = await throughServerB(tabB);
  const signIn = async (tab: Page, password: string) => {
    await tab.goto(`${A}/sign-in`);
    await tab.getByLabel('Email', { exact: true }).fill(editor.email);
    await tab.getByLabel('Password', { exact: true }).fill(password);
    await tab.getByRole('button', { name: 'Sign in' }).click();
  };
  // Ten wrong passwords, alternating between the servers: each server saw only five.
  for (let i = 0; i < 10; i++) {
    const tab = i % 2 === 0 ? page : tabB;
    await signIn(tab, `wrong password ${i}`);
    await expect(tab.getByText('Email or password is incorrect.')).toBeVisible();
  }
  // The eleventh, with the right password, is refused by either server.
  for (const tab of [page, tabB]) {
    await signIn(tab, editor.password);
    await expect(
      tab.getByText(/^Too many failed sign-ins\. Try again in \d+ minutes?\.$/),
    ).toBeVisible();
  }
  expect(viaB.forwarded).toBeGreaterThan(0);
});

test('20 concurrent saves of one claim version split across both servers: exactly one wins', async ({
  page,
  createAccount,
  createClaim,
  signInAs,
  db,
  uid,
}) => {
  test.setTimeout(180_000);
  const claim = await createClaim({ verdict: 'unverified', confidence: 'low' });
  await signInAs(await createAccount());
  const editors = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const tab = await page.context().newPage();
      if (i % 2 === 1) await throughServerB(tab);
      await tab.goto(`${A}/editor/claims/${claim.id}`);
      const form = tab.getByRole('form', { name: 'Change the verdict' });
      await form.getByLabel('Verdict').selectOption('disputed');
      await form.getByLabel('Rationale').fill(`Editor ${i} of 20 ${uid}.`);
      return { tab, form };
    }),
  );
  const revisionsBefore = await db.verdictRevision.count({ where: { claimId: claim.id } });

  await Promise.all(
    editors.map(({ form }) => form.getByRole('button', { name: 'Save verdict' }).click()),
  );
  const outcomes = await Promise.all(
    editors.map(async ({ tab }) => {
      const saved = tab.getByRole('status').filter({ hasText: 'Verdict saved.' });
      const conflict = tab.getByRole('region', { name: 'Someone else changed the same fields' });
      await expect(saved.or(conflict)).toBeVisible({ timeout: 30_000 });
      return (await saved.count()) > 0 ? 'saved' : 'conflict';
    }),
  );
  expect(outcomes.filter((o) => o === 'saved')).toHaveLength(1);
  expect(outcomes.filter((o) => o === 'conflict')).toHaveLength(19);
  expect(await db.verdictRevision.count({ where: { claimId: claim.id } })).toBe(
    revisionsBefore + 1,
  );
  const winner = outcomes.indexOf('saved');
  expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
    verdict: 'disputed',
    rationale: `Editor ${winner} of 20 ${uid}.`,
  });
  await Promise.all(editors.map(({ tab }) => tab.close()));
});

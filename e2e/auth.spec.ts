import type { Page } from '@playwright/test';
import { DEMO_EDITOR } from '../lib/auth/demo-editor';
import { test, expect, scanAccessibility } from './fixtures';

// Sign-in is limited for real here by failed attempts (lib/auth/sign-in-throttle.ts): 10 per
// account (or per browser that signed in to it before) and 100 per address in 15 minutes, and
// every test signs in from 127.0.0.1. Tests that fail on purpose do so on accounts of their own;
// correct sign-ins are never counted.

test('the demo editor signs in from the sign-in page, sees their name and signs out', async ({
  page,
  db,
}) => {
  await page.goto('/sign-in?next=/sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  const demo = page.getByRole('complementary', { name: 'Demo editor account' });
  await expect(demo).toContainText(DEMO_EDITOR.email);
  await expect(demo).toContainText(DEMO_EDITOR.password);
  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.getByLabel('Email', { exact: true }).fill(DEMO_EDITOR.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/sources$/);
  const header = page.getByRole('banner');
  await expect(header).toContainText(`Signed in as ${DEMO_EDITOR.name}`);
  await expect(header).toContainText('Editor');
  await expect(header.getByRole('link', { name: 'Sign in' })).toHaveCount(0);
  await expect(header.getByRole('link', { name: 'Users' })).toHaveCount(0);
  const cookie = (await page.context().cookies()).find(
    (c) => c.name === 'better-auth.session_token',
  );
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });

  // An editor does not get the admin page: it does not exist for them.
  expect((await page.goto('/admin/users'))?.status()).toBe(404);

  await page.goto('/claims');
  await header.getByRole('button', { name: 'Sign out' }).click();
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(header).not.toContainText(DEMO_EDITOR.name);
  const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO_EDITOR.email } });
  expect(await db.session.count({ where: { userId: editor.id } })).toBe(0);
});

test('a wrong password gets the generic message and keeps the typed email', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(DEMO_EDITOR.email);
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue(DEMO_EDITOR.email);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
});

/** Submits the sign-in form and waits for the server action's answer. */
async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/sign-in')),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

/** A wrong password: the generic message, and the form reset (the password emptied) by React. */
async function failSignIn(page: Page, email: string, password: string) {
  await submitSignIn(page, email, password);
  await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
}

test('an editor who mistypes their password a few times still signs in', async ({
  page,
  createAccount,
}) => {
  const editor = await createAccount({ role: 'editor' });
  await page.goto('/sign-in?next=/claims');
  for (let i = 0; i < 5; i++) {
    await failSignIn(page, editor.email, `not the password ${i}`);
  }
  await submitSignIn(page, editor.email, editor.password);
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${editor.name}`);
});

test('after 10 failed sign-ins elsewhere the form says when to try again, while the owner’s browser still gets in', async ({
  page,
  browser,
  baseURL,
  createAccount,
}) => {
  const editor = await createAccount({ role: 'editor' });
  // The owner has signed in on this browser before: it holds a device cookie for the account.
  await page.goto('/sign-in?next=/claims');
  await submitSignIn(page, editor.email, editor.password);
  await expect(page).toHaveURL(/\/claims$/);
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

  // Someone else guesses from another browser, and is then refused even the right password.
  const elsewhere = await browser.newContext({ baseURL });
  try {
    const guesser = await elsewhere.newPage();
    await guesser.goto('/sign-in');
    for (let i = 0; i < 10; i++) {
      await failSignIn(guesser, editor.email, `guess ${i}`);
    }
    await submitSignIn(guesser, editor.email, editor.password);
    await expect(
      guesser.getByText('Too many failed sign-ins. Try again in 15 minutes.', { exact: true }),
    ).toBeVisible();
    await expect(guesser).toHaveURL(/\/sign-in$/);
    await expect(guesser.getByLabel('Email', { exact: true })).toHaveValue(editor.email);
  } finally {
    await elsewhere.close();
  }

  await page.goto('/sign-in?next=/sources');
  await submitSignIn(page, editor.email, editor.password);
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${editor.name}`);
});

test('the admin page sends a reader to the sign-in page, to come back after', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});

test('an editor is refused the admin page', async ({ page, createAccount, signInAs }) => {
  const editor = await createAccount({ role: 'editor' });
  await signInAs(editor);
  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('table', { name: 'Users' })).toHaveCount(0);
});

test('an admin creates a user and disables them', async ({
  page,
  db,
  uid,
  createAccount,
  signInAs,
}) => {
  const admin = await createAccount({ role: 'admin' });
  await signInAs(admin);
  await page.goto('/claims');
  await page.getByRole('banner').getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  // Your own row has no controls: an admin cannot demote or disable themselves.
  await expect(page.getByRole('row', { name: admin.name }).getByRole('button')).toHaveCount(0);

  const name = `Reporter ${uid}`;
  const email = `reporter-${uid}@e2e.claimtrack.example`;
  const form = page.getByRole('form', { name: 'Create a user' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('editor');
  await form.getByLabel('Initial password').fill('short');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText('Use at least 8 characters.')).toBeVisible();
  await expect(form.getByLabel('Email')).toHaveValue(email);

  await form.getByLabel('Initial password').fill('a long enough password');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('status')).toHaveText(
    `Created ${name} (editor). They can sign in now.`,
  );
  await expect(form.getByLabel('Email')).toHaveValue('');

  const row = page.getByRole('row', { name });
  await expect(row).toContainText(email);
  await expect(row).toContainText('Active');
  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await row.getByRole('button', { name: `Disable ${name}` }).click();
  await expect(row).toContainText('Disabled');
  await expect(row.getByRole('button', { name: `Enable ${name}` })).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { email } })).banned).toBe(true);
});

test.describe('account pages in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the sign-in and users pages have no WCAG A/AA violations', async ({
    page,
    createAccount,
    signInAs,
  }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    const signIn = await scanAccessibility(page);
    expect(signIn.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await signInAs(await createAccount({ role: 'admin' }));
    await page.goto('/admin/users');
    await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
    const users = await scanAccessibility(page);
    expect(users.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

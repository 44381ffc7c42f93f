import { test, expect, scanAccessibility } from './fixtures';

test('an admin finds the account they created in the audit log, by its filters', async ({
  page,
  db,
  uid,
  createAccount,
  signInAs,
}) => {
  const admin = await createAccount({ role: 'admin' });
  await signInAs(admin);

  // An action that writes an audit event: creating an account on the users page.
  const name = `Audited ${uid}`;
  await page.goto('/admin/users');
  const form = page.getByRole('form', { name: 'Create a user' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(`audited-${uid}@e2e.claimtrack.example`);
  await form.getByLabel('Role').selectOption('editor');
  await form.getByLabel('Initial password').fill('a long enough password');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('status')).toContainText(`Created ${name}`);
  const created = await db.user.findFirstOrThrow({ where: { name } });

  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const filters = page.getByRole('search', { name: 'Filter events' });
  await filters.getByLabel('User').selectOption({ label: admin.name });
  await filters.getByLabel('Entity type').selectOption('user');
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/[?&]entityType=user(&|$)/);
  await expect(page).toHaveURL(new RegExp(`[?&]user=${admin.id}(&|$)`));

  const table = page.getByRole('table', { name: 'Audit events' });
  const row = table.getByRole('row', { name: 'user.create' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(admin.name);
  await expect(row).toContainText(`user ${created.id}`);
  await expect(row).toContainText(name);
  await expect(row.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  // The log keeps no contact data.
  await expect(row).not.toContainText('@e2e.claimtrack.example');
  await expect(page.getByText('Page 1 of 1')).toBeVisible();
  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The entity id narrows to that one account; the filters stay in the form.
  await filters.getByLabel('Entity ID').fill(created.id);
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('status')).toHaveText('1 event matches.');
  await expect(filters.getByLabel('Entity type')).toHaveValue('user');

  // A date range after today matches nothing.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await filters.getByLabel('From (UTC)').fill(tomorrow);
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('status')).toHaveText('No events match these filters.');
  await expect(table).toHaveCount(0);
});

test('a verdict change shows only the fields that differ, long text behind a disclosure', async ({
  page,
  db,
  uid,
  createAccount,
  createClaim,
  signInAs,
}) => {
  const admin = await createAccount({ role: 'admin' });
  const claim = await createClaim();
  const longRationale = `New rationale ${uid}: ${'the documents show otherwise. '.repeat(8)}`;
  // The snapshot shape lib/claims/change-verdict.ts records, written as the log stores it.
  const state = { id: claim.id, title: claim.title, verdict: 'likely', confidence: 'moderate' };
  await db.auditEvent.create({
    data: {
      actorId: admin.id,
      action: 'verdict.change',
      entityType: 'claim',
      entityId: String(claim.id),
      before: JSON.stringify({ ...state, rationale: 'Old rationale.', version: 1 }),
      after: JSON.stringify({
        ...state,
        verdict: 'misleading',
        rationale: longRationale,
        version: 2,
      }),
    },
  });
  await signInAs(admin);
  await page.goto(`/admin/audit?entityType=claim&entityId=${claim.id}`);

  const row = page.getByRole('row', { name: 'verdict.change' });
  await expect(row).toHaveCount(1);
  const fields = row.getByRole('term');
  await expect(fields).toHaveText(['verdict', 'rationale', 'version']);
  await expect(row).toContainText('likely → now misleading');
  await expect(row).not.toContainText(claim.title);
  const details = row.locator('details');
  await expect(details).toHaveCount(1);
  await details.getByText('Full new rationale').click();
  await expect(details).toContainText(longRationale.trim());
  await expect(row.getByRole('link', { name: `claim ${claim.id}` })).toHaveAttribute(
    'href',
    `/claims/${claim.id}`,
  );
});

test('bad filter values fall back instead of failing', async ({
  page,
  createAccount,
  signInAs,
}) => {
  await signInAs(await createAccount({ role: 'admin' }));
  const response = await page.goto(
    '/admin/audit?page=-3&from=not-a-date&to=2026-13-45&entityType=%3Cscript%3E&user=',
  );
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByText(/Page 1 of \d+/)).toBeVisible();
  await expect(page.getByLabel('Entity type')).toHaveValue('');
  await expect(page.getByLabel('From (UTC)')).toHaveValue('');
});

test('an editor is refused the audit log', async ({ page, createAccount, signInAs }) => {
  await signInAs(await createAccount({ role: 'editor' }));
  const response = await page.goto('/admin/audit');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('table', { name: 'Audit events' })).toHaveCount(0);
});

test('a reader is sent to the sign-in page', async ({ page }) => {
  await page.goto('/admin/audit?entityType=claim');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Faudit$/);
});

import { test, expect, scanAccessibility } from './fixtures';

test('editors filter the claim list by claimant and tag, sort it, and page through it', async ({
  page,
  createAccount,
  signInAs,
  createClaim,
  uid,
}) => {
  test.setTimeout(60_000);
  await signInAs(await createAccount());
  // The selects offer the first 200 names alphabetically: these sort near the top.
  const claimant = `A-list claimant ${uid}`;
  const tag = `A-list topic ${uid}`;
  const older = await createClaim({ claimant, tags: [tag], verdict: 'false' });
  const draft = await createClaim({ claimant, tags: [tag], verdict: 'confirmed', status: 'draft' });
  const untagged = await createClaim({ claimant, verdict: 'likely' });

  await page.goto('/editor/claims');
  const filters = page.getByRole('search', { name: 'Filter claims' });
  await filters.getByLabel('Claimant').selectOption({ label: claimant });
  await filters.getByLabel('Tag', { exact: true }).selectOption({ label: tag });
  await filters.getByLabel('Sort by').selectOption({ label: 'Verdict' });
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/[?&]tag=a-list-topic-/);
  await expect(page).toHaveURL(/[?&]sort=verdict/);
  const rows = page.getByRole('list', { name: 'Claims' }).getByRole('listitem');
  // Verdict order: Confirmed (the draft) before False; the untagged claim is filtered out.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(draft.title);
  await expect(rows.nth(0)).toContainText('Draft');
  await expect(rows.nth(1)).toContainText(older.title);
  // The form shows the state in force.
  await expect(filters.getByLabel('Claimant')).toHaveValue(/^\d+$/);
  await expect(filters.getByLabel('Sort by')).toHaveValue('verdict');

  await filters.getByLabel('Tag', { exact: true }).selectOption({ label: 'Any' });
  await filters.getByLabel('Sort by').selectOption({ label: 'Newest' });
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/[?&]sort=created/);
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(untagged.title);

  // A claimant's name in a row narrows the list to that claimant.
  await page.goto(`/editor/claims?q=${uid}`);
  await rows.filter({ hasText: untagged.title }).getByRole('link', { name: claimant }).click();
  await expect(page).toHaveURL(/[?&]claimant=\d+/);
  await expect(rows).toHaveCount(3);

  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('numbered page links keep the filters, and bad list addresses fall back', async ({
  page,
  createAccount,
  signInAs,
  createClaim,
  uid,
}) => {
  test.setTimeout(60_000);
  await signInAs(await createAccount());
  const claimant = `Paged claimant ${uid}`;
  for (let i = 0; i < 22; i++) await createClaim({ claimant, title: `Paged ${uid} ${i}` });

  await page.goto(`/editor/claims?q=${encodeURIComponent(`Paged ${uid}`)}&sort=created`);
  const pages = page.getByRole('navigation', { name: 'Claim list pages' });
  await expect(pages.locator('[aria-current="page"]')).toHaveText('Page 1');
  await pages.getByRole('link', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page).toHaveURL(/[?&]sort=created/);
  const rows = page.getByRole('list', { name: 'Claims' }).getByRole('listitem');
  // Newest first: page 2 holds the two claims created first.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(`Paged ${uid} 1`);
  await expect(rows.nth(1)).toContainText(`Paged ${uid} 0`);
  await expect(pages.locator('[aria-current="page"]')).toHaveText('Page 2');
  await expect(pages.getByRole('link', { name: /Previous/ })).toBeVisible();
  await expect(pages.getByRole('link', { name: /Next/ })).toHaveCount(0);

  for (const search of ['sort=sideways&status=secret&page=abc', 'claimant=-1&tag=%3Cb%3E']) {
    const response = await page.goto(`/editor/claims?${search}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Editor desk');
    await expect(page.getByLabel('Sort by')).toHaveValue('updated');
  }
  await page.goto(`/editor/claims?q=${encodeURIComponent(`Paged ${uid}`)}&page=9`);
  await expect(page.getByText('There is no page 9 of this list.')).toBeVisible();
  await page.getByRole('link', { name: /Go to the last page/ }).click();
  await expect(rows).toHaveCount(2);
});

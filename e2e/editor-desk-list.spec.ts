import { test, expect, scanAccessibility } from './fixtures';

/*
 * The editors' list as a desk: filter by stage and assignee, tick claims and change them in
 * bulk (each claim its own guarded change), save the filters as a view.
 */

test('editors filter by stage and assignee, bulk-assign two claims, and save the view', async ({
  page,
  db,
  createAccount,
  signInAs,
  createClaim,
  uid,
}) => {
  test.setTimeout(90_000);
  const me = await createAccount();
  const colleague = await createAccount({ name: `Colleague ${uid}` });
  await signInAs(me);
  const first = await createClaim({ status: 'draft' });
  const second = await createClaim({ status: 'draft' });
  const elsewhere = await createClaim({ status: 'draft' });
  await db.claim.updateMany({
    where: { id: { in: [first.id, second.id] } },
    data: { stage: 'researching', assigneeId: me.id, stageChangedAt: new Date() },
  });
  await db.claim.update({
    where: { id: elsewhere.id },
    data: { stage: 'researching', assigneeId: colleague.id, stageChangedAt: new Date() },
  });

  await page.goto(`/editor/claims?q=${uid}`);
  const filters = page.getByRole('search', { name: 'Filter claims' });
  await filters.getByLabel('Stage').selectOption({ label: 'Researching' });
  await filters.getByLabel('Assignee').selectOption({ label: 'Me' });
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/[?&]stage=researching/);
  await expect(page).toHaveURL(/[?&]assignee=me/);
  const rows = page.getByRole('list', { name: 'Claims' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: elsewhere.title })).toHaveCount(0);
  await expect(rows.first()).toContainText('Stage: Researching');
  await expect(rows.first()).toContainText(`Assignee: ${me.name}`);

  // Save the filters in force as a view: it is listed, and links to the same list.
  const save = page.getByRole('form', { name: 'Save these filters as a view' });
  await save.getByLabel('Save these filters as a view named').fill(`Researching ${uid}`);
  await save.getByRole('button', { name: 'Save view' }).click();
  await expect(save.getByRole('status')).toHaveText(`View “Researching ${uid}” saved.`);
  const view = page
    .getByRole('list', { name: 'My saved views' })
    .getByRole('link', { name: `Researching ${uid}` });
  await expect(view).toHaveAttribute('href', /stage=researching&assignee=me/);
  // The same name again is a field error.
  await save.getByLabel('Save these filters as a view named').fill(`Researching ${uid}`);
  await save.getByRole('button', { name: 'Save view' }).click();
  await expect(save.getByText(/You already have a view named/)).toBeVisible();

  // Tick both claims and make the colleague their reviewer.
  await page.getByLabel(`Select “${first.title}”`).check();
  await page.getByLabel(`Select “${second.title}”`).check();
  const bulk = page.getByRole('form', { name: 'Bulk actions on selected claims' });
  await bulk.getByLabel('Role').selectOption('reviewer');
  await bulk.getByLabel('Editor').selectOption({ label: colleague.name });
  await bulk.getByRole('button', { name: 'Assign selected' }).click();
  await expect(bulk.getByRole('status')).toContainText(
    `2 claims assigned to ${colleague.name} as reviewer.`,
  );
  await expect(rows.filter({ hasText: first.title })).toContainText(`Reviewer: ${colleague.name}`);
  const reviewers = await db.claim.findMany({
    where: { id: { in: [first.id, second.id] } },
    select: { reviewerId: true },
  });
  expect(reviewers.map((r) => r.reviewerId)).toEqual([colleague.id, colleague.id]);

  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await view.click();
  await expect(page).toHaveURL(/stage=researching&assignee=me/);
  await expect(rows).toHaveCount(2);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a bulk stage change names the claim someone else saved meanwhile', async ({
    page,
    db,
    createAccount,
    signInAs,
    createClaim,
    uid,
  }) => {
    await signInAs(await createAccount());
    const kept = await createClaim({ status: 'draft' });
    const stale = await createClaim({ status: 'draft' });
    await page.goto(`/editor/claims?q=${uid}`);
    await page.getByLabel(`Select “${kept.title}”`).check();
    await page.getByLabel(`Select “${stale.title}”`).check();
    // Someone else saves one of them after the list was loaded.
    await db.claim.update({ where: { id: stale.id }, data: { version: { increment: 1 } } });

    const bulk = page.getByRole('form', { name: 'Bulk actions on selected claims' });
    await bulk.getByLabel('Move to').selectOption({ label: 'Ready' });
    await bulk.getByRole('button', { name: 'Move selected' }).click();
    const result = page.getByRole('status').filter({ hasText: 'moved to Ready' });
    await expect(result).toContainText('1 claim moved to Ready.');
    await expect(result).toContainText('1 claim changed by someone else meanwhile');
    await expect(result.getByRole('link', { name: stale.title })).toBeVisible();
    const stages = await db.claim.findMany({
      where: { id: { in: [kept.id, stale.id] } },
      orderBy: { id: 'asc' },
      select: { stage: true },
    });
    expect(stages.map((s) => s.stage)).toEqual(['ready', 'new']);
  });
});

import type { Browser, Page } from '@playwright/test';
import { test, expect, whenHydrated, type TestAccount, scanAccessibility } from './fixtures';

// Issue 11, items 10 and 11: typed text survives other forms' saves and leaving the page asks
// first; two editors' saves of one claim merge, and the same field gives a per-field choice.

/** A second signed-in editor in a browser context of their own (the fixture page is the first). */
async function secondEditor(
  browser: Browser,
  page: Page,
  signInAs: (account: TestAccount) => Promise<void>,
  accounts: [TestAccount, TestAccount],
): Promise<Page> {
  await signInAs(accounts[1]);
  const other = await browser.newContext();
  await other.addCookies(await page.context().cookies());
  await page.context().clearCookies();
  await signInAs(accounts[0]);
  return other.newPage();
}

test('typed text in one form survives saving another, and a reload restores it with a notice', async ({
  page,
  createAccount,
  createClaim,
  signInAs,
  db,
  uid,
}) => {
  const claim = await createClaim();
  await signInAs(await createAccount());
  await page.goto(`/editor/claims/${claim.id}`);
  const claimRegion = page.getByRole('region', { name: 'Claim', exact: true });
  const verdictRegion = page.getByRole('region', { name: 'Verdict', exact: true });
  const verdictForm = page.getByRole('form', { name: 'Change the verdict' });
  const claimForm = page.getByRole('form', { name: 'Edit claim' });
  const restored = 'Your unsaved changes are restored.';

  await (await whenHydrated(verdictForm.getByLabel('Verdict'))).selectOption('disputed');
  await verdictForm.getByLabel('Confidence').selectOption('low');
  await verdictForm.getByLabel('Rationale').fill(`Moscow denies it ${uid}.`);
  await claimForm.getByLabel('Title (optional)').fill(`Title ${uid}`);
  await claimForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toHaveText('Changes saved.');
  // The verdict form was not saved: it still holds what was typed, and says so.
  await expect(verdictRegion.getByText(restored)).toBeVisible();
  await expect(verdictForm.getByLabel('Rationale')).toHaveValue(`Moscow denies it ${uid}.`);
  await expect(verdictForm.getByLabel('Verdict')).toHaveValue('disputed');
  await expect(verdictForm.getByLabel('Confidence')).toHaveValue('low');
  await expect(claimRegion.getByText(restored)).toHaveCount(0);
  await expect(claimForm.getByLabel('Title (optional)')).toHaveValue(`Title ${uid}`);

  // The reverse: text typed in the claim form survives the verdict's save, which is merged
  // onto the version the claim form's save made.
  await claimForm.getByLabel('Context').fill(`Context typed before the verdict ${uid}`);
  await verdictForm.getByRole('button', { name: 'Save verdict' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Verdict saved. Merged with changes saved since you opened the form: Title.',
  );
  await expect(claimRegion.getByText(restored)).toBeVisible();
  await expect(claimForm.getByLabel('Context')).toHaveValue(
    `Context typed before the verdict ${uid}`,
  );
  await expect(verdictRegion.getByText(restored)).toHaveCount(0);
  await expect(verdictForm.getByLabel('Rationale')).toHaveValue(`Moscow denies it ${uid}.`);

  // A reload keeps it too: the draft comes back, and the form says so.
  page.once('dialog', (dialog) => void dialog.accept()); // the leave-page warning
  await page.reload();
  await expect(claimRegion.getByText(restored)).toBeVisible();
  await expect(claimForm.getByLabel('Context')).toHaveValue(
    `Context typed before the verdict ${uid}`,
  );
  await expect(verdictRegion.getByText(restored)).toHaveCount(0);
  await claimForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Changes saved. Merged with changes saved since you opened the form: Verdict, Confidence, Rationale.',
  );
  await expect(claimRegion.getByText(restored)).toHaveCount(0);

  expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
    title: `Title ${uid}`,
    context: `Context typed before the verdict ${uid}`,
    verdict: 'disputed',
    confidence: 'low',
    rationale: `Moscow denies it ${uid}.`,
  });

  // A restored draft can be dropped.
  await verdictForm.getByLabel('Rationale').fill(`A second thought ${uid}`);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(verdictRegion.getByText(restored)).toBeVisible();
  await expect(verdictForm.getByLabel('Rationale')).toHaveValue(`A second thought ${uid}`);
  await verdictRegion.getByRole('button', { name: 'Discard' }).click();
  await expect(verdictForm.getByLabel('Rationale')).toHaveValue(`Moscow denies it ${uid}.`);
  await page.reload();
  await expect(verdictForm.getByLabel('Rationale')).toHaveValue(`Moscow denies it ${uid}.`);
  await expect(verdictRegion.getByText(restored)).toHaveCount(0);
});

test('leaving the page with unsaved changes asks first', async ({
  page,
  createAccount,
  createClaim,
  signInAs,
  uid,
}) => {
  const claim = await createClaim();
  await signInAs(await createAccount());
  await page.goto(`/editor/claims/${claim.id}`);
  const rationale = await whenHydrated(
    page.getByRole('form', { name: 'Change the verdict' }).getByLabel('Rationale'),
  );
  await rationale.fill(`Unsaved rationale ${uid}`);

  // Closing or reloading the tab: the browser's own beforeunload dialog.
  const unload = page.waitForEvent('dialog');
  void page.close({ runBeforeUnload: true });
  const dialog = await unload;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);

  // Following a link to another page: asked too; staying keeps the text.
  const confirm = page.waitForEvent('dialog');
  const deskLink = page.getByRole('main').getByRole('link', { name: 'Editor desk' });
  const click = deskLink.click();
  const asked = await confirm;
  expect(asked.type()).toBe('confirm');
  expect(asked.message()).toContain('unsaved changes');
  await asked.dismiss();
  await click;
  await expect(page).toHaveURL(new RegExp(`/editor/claims/${claim.id}$`));
  await expect(rationale).toHaveValue(`Unsaved rationale ${uid}`);

  // With nothing unsaved, nothing is asked.
  await rationale.fill(await rationaleOf(page));
  await deskLink.click();
  await expect(page).toHaveURL(/\/editor\/claims$/);
});

/** The rationale the page loaded with (the fixture writes `Rationale for <title>.`). */
async function rationaleOf(page: Page): Promise<string> {
  return page
    .getByRole('form', { name: 'Change the verdict' })
    .getByLabel('Rationale')
    .evaluate((el) => (el as HTMLTextAreaElement).defaultValue);
}

test('two editors changing different fields both succeed without a conflict', async ({
  page,
  browser,
  createAccount,
  createClaim,
  signInAs,
  db,
  uid,
}) => {
  const claim = await createClaim({ status: 'draft' });
  const pageB = await secondEditor(browser, page, signInAs, [
    await createAccount(),
    await createAccount(),
  ]);
  await page.goto(`/editor/claims/${claim.id}`);
  await pageB.goto(`/editor/claims/${claim.id}`);

  await page.getByLabel('Title (optional)').fill(`Title by A ${uid}`);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toHaveText('Changes saved.');

  await pageB.getByLabel('Place').fill(`Kursk ${uid}`);
  await pageB.getByRole('button', { name: 'Save draft' }).click();
  await expect(pageB.getByRole('status')).toHaveText(
    'Changes saved. Merged with changes saved since you opened the form: Title.',
  );
  await expect(pageB.getByText('Someone else changed the same fields')).toHaveCount(0);
  await expect(pageB.getByLabel('Title (optional)')).toHaveValue(`Title by A ${uid}`);

  expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
    title: `Title by A ${uid}`,
    place: `Kursk ${uid}`,
  });
  await pageB.context().close();
});

test('the same field changed by both: a three-way table, a choice per field, saved on the current version', async ({
  page,
  browser,
  createAccount,
  createClaim,
  signInAs,
  uid,
}) => {
  const claim = await createClaim();
  const accountA = await createAccount();
  const pageB = await secondEditor(browser, page, signInAs, [accountA, await createAccount()]);
  await page.goto(`/editor/claims/${claim.id}`);
  await pageB.goto(`/editor/claims/${claim.id}`);

  await page.getByLabel('Statement').fill(`Statement by A ${uid}`);
  await page.getByLabel('Title (optional)').fill(`Title by A ${uid}`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toHaveText('Changes saved.');

  await pageB.getByLabel('Statement').fill(`Statement by B ${uid}`);
  await pageB.getByLabel('Title (optional)').fill(`Title by B ${uid}`);
  await pageB.getByLabel('Place').fill(`Kursk ${uid}`);
  await pageB.getByRole('button', { name: 'Save changes' }).click();

  const resolver = pageB.getByRole('region', { name: 'Someone else changed the same fields' });
  await expect(resolver).toBeVisible();
  await expect(pageB.locator('#claim-message')).toContainText('Nothing was saved');
  const table = resolver.getByRole('table', { name: /both changed/ });
  const statementRow = table.getByRole('row', { name: /^Statement/ });
  await expect(statementRow.getByRole('cell').nth(0)).toHaveText(`Statement by B ${uid}`);
  await expect(statementRow.getByRole('cell').nth(1)).toHaveText(claim.statement);
  await expect(statementRow.getByRole('cell').nth(2)).toContainText(`Statement by A ${uid}`);
  await expect(statementRow.getByRole('cell').nth(2)).toContainText(`Saved by ${accountA.name}`);
  await expect(table.getByRole('row', { name: /^Title/ })).toContainText(`Title by A ${uid}`);
  await expect(table.getByRole('row', { name: /^Place/ })).toHaveCount(0);
  const axe = await scanAccessibility(pageB);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Keep B's statement, take A's title; B's place (nobody else changed it) stays as typed.
  const statementChoice = table.getByRole('group', { name: 'Statement: which value to save' });
  const titleChoice = table.getByRole('group', { name: 'Title: which value to save' });
  await expect(statementChoice.getByLabel('Keep mine')).toBeChecked();
  await titleChoice.getByLabel('Take current').check();
  await expect(pageB.getByLabel('Title (optional)')).toHaveValue(`Title by A ${uid}`);
  await expect(pageB.getByLabel('Statement')).toHaveValue(`Statement by B ${uid}`);
  await expect(pageB.getByLabel('Place')).toHaveValue(`Kursk ${uid}`);
  await pageB.getByRole('button', { name: 'Save changes' }).click();
  await expect(pageB.getByRole('status')).toHaveText('Changes saved.');

  await pageB.goto(`/claims/${claim.id}`);
  await expect(pageB.getByRole('heading', { level: 1 })).toHaveText(`Title by A ${uid}`);
  await expect(pageB.locator('blockquote')).toHaveText(`Statement by B ${uid}`);
  await pageB.context().close();
});

test('the verdict form resolves a conflict the same way', async ({
  page,
  browser,
  createAccount,
  createClaim,
  signInAs,
  db,
  uid,
}) => {
  const claim = await createClaim({ verdict: 'unverified', confidence: 'low' });
  const pageB = await secondEditor(browser, page, signInAs, [
    await createAccount(),
    await createAccount(),
  ]);
  await page.goto(`/editor/claims/${claim.id}`);
  await pageB.goto(`/editor/claims/${claim.id}`);

  const verdictA = page.getByRole('form', { name: 'Change the verdict' });
  await verdictA.getByLabel('Verdict').selectOption('disputed');
  await verdictA.getByLabel('Rationale').fill(`A: Moscow denies it ${uid}.`);
  await verdictA.getByRole('button', { name: 'Save verdict' }).click();
  await expect(page.getByRole('status')).toHaveText('Verdict saved.');

  const verdictB = pageB.getByRole('form', { name: 'Change the verdict' });
  await verdictB.getByLabel('Verdict').selectOption('likely');
  await verdictB.getByLabel('Confidence').selectOption('moderate');
  await verdictB.getByLabel('Rationale').fill(`B: two agencies report it ${uid}.`);
  await verdictB.getByRole('button', { name: 'Save verdict' }).click();
  const table = pageB
    .getByRole('region', { name: 'Someone else changed the same fields' })
    .getByRole('table');
  await expect(table.getByRole('row', { name: /^Verdict/ })).toContainText('Disputed');
  await expect(table.getByRole('row', { name: /^Verdict/ })).toContainText('Likely');
  await expect(table.getByRole('row', { name: /^Confidence/ })).toHaveCount(0);
  await verdictB.getByRole('button', { name: 'Save verdict' }).click();
  await expect(pageB.getByRole('status')).toHaveText('Verdict saved.');

  expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
    verdict: 'likely',
    confidence: 'moderate',
    rationale: `B: two agencies report it ${uid}.`,
  });
  await pageB.context().close();
});

import { test, expect, scanAccessibility, whenHydrated } from './fixtures';
import { signedInPage } from './signed-in-page';

// Issue 13: the claim page's desk panel (stage, assignee, reviewer, following), notifications in
// the header and at /editor/notifications, and the claim's activity timeline.

test('assigning, moving stages and asking for review notify the right editors, and activity shows it', async ({
  page,
  browser,
  createAccount,
  createClaim,
  signInAs,
}) => {
  const claim = await createClaim({ status: 'draft' });
  const ana = await createAccount();
  const ben = await createAccount();
  const cleo = await createAccount();
  await signInAs(ana);
  const benPage = await signedInPage(browser, page, signInAs, ben, ana);
  const cleoPage = await signedInPage(browser, page, signInAs, cleo, ana);

  await page.goto(`/editor/claims/${claim.id}`);
  const desk = page.getByRole('region', { name: 'Desk' });
  // The fixture's claim entered stage New when it was made: the panel says so, with its age.
  await expect(desk.getByRole('definition').first()).toHaveText(/^New · for less than an hour/);
  await expect(page.getByText('Stage: New')).toBeAttached();
  const assignee = desk.getByRole('form', { name: 'Assignee' });
  await (await whenHydrated(assignee.getByLabel('Assignee'))).selectOption({ label: ben.name });
  await assignee.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(desk.getByRole('status')).toHaveText('Assignment saved.');
  await expect(desk.getByRole('definition').filter({ hasText: ben.name })).toBeVisible();

  // Ben sees the count in the header and the notification in his list.
  await benPage.goto(`/editor/claims/${claim.id}`);
  await expect(benPage.getByRole('link', { name: 'Notifications, 1 unread' })).toBeVisible();
  await benPage.getByRole('link', { name: 'Notifications, 1 unread' }).click();
  await expect(benPage).toHaveURL(/\/editor\/notifications$/);
  const benList = benPage.getByRole('list', { name: 'Notifications, newest first' });
  const benItem = benList.getByRole('listitem').first();
  await expect(benItem).toContainText('Unread');
  await expect(benItem).toContainText('Assigned to you');
  await expect(benItem).toContainText(`by ${ana.name}`);
  await expect(benItem).toContainText('as assignee');
  expect((await scanAccessibility(benPage)).violations).toEqual([]);
  // Opening it goes to the claim's editing page (it stays unread: a link changes nothing).
  await benItem.getByRole('link', { name: claim.title }).click();
  await expect(benPage).toHaveURL(new RegExp(`/editor/claims/${claim.id}$`));
  await expect(benPage.getByRole('region', { name: 'Desk' })).toContainText(ben.name);
  await benPage.goBack();
  await (await whenHydrated(benPage.getByRole('button', { name: 'Mark all read' }))).click();
  await expect(benPage.getByRole('status')).toHaveText('All notifications marked read.');
  await expect(benPage.getByRole('link', { name: 'Notifications, none unread' })).toBeVisible();
  await expect(benList.getByRole('listitem').first()).not.toContainText('Unread');

  // Ana moves the claim on: Researching, a reviewer, In review.
  const stageForm = desk.getByRole('form', { name: 'Move to another stage' });
  await stageForm.getByLabel('Stage').selectOption({ label: 'Researching' });
  await stageForm.getByRole('button', { name: 'Move' }).click();
  await expect(desk.getByRole('status')).toHaveText('Stage changed.');
  await expect(page.getByText('Stage: Researching')).toBeAttached();
  const reviewer = desk.getByRole('form', { name: 'Reviewer' });
  await (await whenHydrated(reviewer.getByLabel('Reviewer'))).selectOption({ label: cleo.name });
  await reviewer.getByRole('button', { name: 'Set reviewer' }).click();
  await expect(desk.getByRole('status')).toHaveText('Assignment saved.');
  await (await whenHydrated(stageForm.getByLabel('Stage'))).selectOption({ label: 'In review' });
  await stageForm.getByRole('button', { name: 'Move' }).click();
  await expect(desk.getByRole('status')).toHaveText('Stage changed.');
  await expect(desk.getByRole('definition').filter({ hasText: /^In review/ })).toBeVisible();

  // The reviewer is told, newest first: the review request, then the assignment.
  await cleoPage.goto('/editor/notifications');
  await expect(cleoPage.getByRole('link', { name: 'Notifications, 2 unread' })).toBeVisible();
  const cleoItems = cleoPage
    .getByRole('list', { name: 'Notifications, newest first' })
    .getByRole('listitem');
  await expect(cleoItems).toHaveCount(2);
  await expect(cleoItems.nth(0)).toContainText('Review requested from you');
  await expect(cleoItems.nth(1)).toContainText('Assigned to you');
  await expect(cleoItems.nth(1)).toContainText('as reviewer');
  await (await whenHydrated(cleoItems.nth(0).getByRole('button', { name: /^Mark read/ }))).click();
  await expect(cleoPage.getByRole('status')).toHaveText('Marked read.');
  await expect(cleoPage.getByRole('link', { name: 'Notifications, 1 unread' })).toBeVisible();

  // Ben follows the claim (he is its assignee) and was told of each change.
  await benPage.goto('/editor/notifications');
  await expect(benPage.getByRole('link', { name: 'Notifications, 3 unread' })).toBeVisible();
  await expect(benList.getByRole('listitem').first()).toContainText('A claim you follow changed');
  await expect(benList.getByRole('listitem').first()).toContainText(
    'moved the claim to another stage',
  );

  // The activity on the claim's page tells the same story, newest first.
  await page.reload();
  const activity = page.getByRole('list', { name: 'Activity, newest first' });
  await expect(activity.getByRole('listitem').nth(0)).toContainText(
    `${ana.name} moved the claim to In review`,
  );
  await expect(activity.getByRole('listitem').nth(0)).toContainText('Stage: was Researching');
  await expect(activity.getByRole('listitem').nth(1)).toContainText(
    `${ana.name} assigned ${cleo.name} as reviewer`,
  );
  await expect(activity.getByRole('listitem').nth(2)).toContainText(
    `${ana.name} moved the claim to Researching`,
  );
  await expect(activity.getByRole('listitem').nth(3)).toContainText(
    `${ana.name} assigned ${ben.name} as assignee`,
  );
  expect((await scanAccessibility(page)).violations).toEqual([]);

  await benPage.context().close();
  await cleoPage.context().close();
});

test('a stale desk form says someone else saved first, archiving asks for a reason, and following toggles', async ({
  page,
  browser,
  createAccount,
  createClaim,
  signInAs,
}) => {
  const claim = await createClaim({ status: 'draft' });
  const ana = await createAccount();
  const ben = await createAccount();
  await signInAs(ana);
  const benPage = await signedInPage(browser, page, signInAs, ben, ana);

  await page.goto(`/editor/claims/${claim.id}`);
  await benPage.goto(`/editor/claims/${claim.id}`);
  const desk = page.getByRole('region', { name: 'Desk' });
  await (
    await whenHydrated(
      desk.getByRole('form', { name: 'Assignee' }).getByRole('button', { name: 'Assign me' }),
    )
  ).click();
  await expect(desk.getByRole('status')).toHaveText('Assignment saved.');

  // Ben's page still holds the version before Ana's assignment.
  const benStage = benPage
    .getByRole('region', { name: 'Desk' })
    .getByRole('form', { name: 'Move to another stage' });
  await (await whenHydrated(benStage.getByLabel('Stage'))).selectOption({ label: 'Ready' });
  await benStage.getByRole('button', { name: 'Move' }).click();
  await expect(
    benStage.getByText(/Someone else saved this claim after you opened it/),
  ).toBeVisible();

  // Archive needs a reason: the field appears once Archive is chosen.
  const stageForm = desk.getByRole('form', { name: 'Move to another stage' });
  await expect(stageForm.getByLabel('Why is the desk not checking this claim?')).toHaveCount(0);
  await (await whenHydrated(stageForm.getByLabel('Stage'))).selectOption({ label: 'Archived' });
  await stageForm.getByRole('button', { name: 'Move' }).click();
  await expect(stageForm.getByText(/a reason is needed to archive it/).first()).toBeVisible();
  await stageForm.getByLabel('Why is the desk not checking this claim?').fill('Not checkable.');
  await stageForm.getByRole('button', { name: 'Move' }).click();
  await expect(desk.getByRole('status')).toHaveText('Stage changed.');
  await expect(desk).toContainText('Not checkable.');

  // Ana follows as assignee; she can stop, and start again.
  const following = desk.getByRole('form', { name: 'Following' });
  await following.getByRole('button', { name: 'Unfollow' }).click();
  await expect(desk.getByRole('status')).toHaveText('You no longer follow this claim.');
  await following.getByRole('button', { name: 'Follow' }).click();
  await expect(desk.getByRole('status')).toHaveText('You now follow this claim.');

  await benPage.context().close();
});

test('without JavaScript: assign yourself, archive with a reason, and mark notifications read', async ({
  page,
  browser,
  createAccount,
  createClaim,
  signInAs,
}) => {
  const claim = await createClaim({ status: 'draft' });
  const ana = await createAccount();
  const ben = await createAccount();
  await signInAs(ben);
  const benCookies = await page.context().cookies();
  await page.context().clearCookies();
  await signInAs(ana);
  const plain = await browser.newContext({ javaScriptEnabled: false });
  await plain.addCookies(await page.context().cookies());
  const anaPage = await plain.newPage();

  await anaPage.goto(`/editor/claims/${claim.id}`);
  const desk = anaPage.getByRole('region', { name: 'Desk' });
  await desk.getByRole('form', { name: 'Reviewer' }).getByLabel('Reviewer').selectOption({
    label: ben.name,
  });
  await desk
    .getByRole('form', { name: 'Reviewer' })
    .getByRole('button', { name: 'Set reviewer' })
    .click();
  await expect(desk.getByRole('status')).toHaveText('Assignment saved.');
  await desk
    .getByRole('form', { name: 'Assignee' })
    .getByRole('button', { name: 'Assign me' })
    .click();
  await expect(desk.getByRole('status')).toHaveText('Assignment saved.');
  await expect(desk.getByRole('definition').nth(1)).toHaveText(ana.name);

  // Archive without a reason: the answer asks for one, and now shows the field.
  const stageForm = desk.getByRole('form', { name: 'Move to another stage' });
  await stageForm.getByLabel('Stage').selectOption({ label: 'Archived' });
  await stageForm.getByRole('button', { name: 'Move' }).click();
  const reason = stageForm.getByLabel('Why is the desk not checking this claim?');
  await expect(reason).toBeVisible();
  await reason.fill('Duplicate of another claim.');
  await stageForm.getByRole('button', { name: 'Move' }).click();
  await expect(desk.getByRole('status')).toHaveText('Stage changed.');
  await expect(desk).toContainText('Duplicate of another claim.');

  // Ben, also without JavaScript, reads and clears his notification.
  await plain.clearCookies();
  await plain.addCookies(benCookies);
  await anaPage.goto('/editor/notifications');
  await expect(anaPage.getByRole('link', { name: /^Notifications, \d+ unread$/ })).toBeVisible();
  await anaPage.getByRole('button', { name: 'Mark all read' }).click();
  await expect(anaPage.getByRole('status')).toHaveText('All notifications marked read.');
  await expect(anaPage.getByRole('link', { name: 'Notifications, none unread' })).toBeVisible();
  await plain.close();
});

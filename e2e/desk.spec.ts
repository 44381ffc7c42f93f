import { test, expect, scanAccessibility, whenHydrated } from './fixtures';

/**
 * Issue 13's desk: My desk lists what waits for the signed-in editor (and only for them); the
 * board moves a card by keyboard through its own small form.
 */

test('My desk lists what is assigned to me, waiting for my review, mentions, follows and views', async ({
  page,
  db,
  createAccount,
  signInAs,
  createClaim,
}) => {
  test.setTimeout(60_000);
  const me = await createAccount();
  const other = await createAccount();
  const mine = await createClaim({ status: 'draft' });
  const theirs = await createClaim({ status: 'draft' });
  const toReview = await createClaim({ status: 'draft' });
  const followed = await createClaim();
  const setDesk = (id: number, data: Record<string, unknown>) =>
    db.claim.update({ where: { id }, data: { stageChangedAt: new Date(), ...data } });
  await setDesk(mine.id, { stage: 'researching', assigneeId: me.id });
  await setDesk(theirs.id, { stage: 'researching', assigneeId: other.id });
  await setDesk(toReview.id, { stage: 'in_review', assigneeId: other.id, reviewerId: me.id });
  await db.claimFollow.create({ data: { claimId: followed.id, userId: me.id } });
  await db.notification.create({
    data: { userId: me.id, kind: 'mentioned', claimId: followed.id, actorId: other.id },
  });
  await db.savedView.create({ data: { userId: me.id, name: 'Ready ones', query: 'stage=ready' } });

  await signInAs(me);
  await page.goto('/claims');
  await page.getByRole('banner').getByRole('link', { name: 'My desk' }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My desk');

  const section = (name: RegExp) => page.getByRole('region', { name });
  const assigned = section(/^Assigned to me, in work \(1 claim\)$/);
  await expect(assigned.getByRole('link', { name: mine.title })).toBeVisible();
  await expect(assigned).not.toContainText(theirs.title);
  await expect(assigned.getByRole('link', { name: 'Researching (1)' })).toBeVisible();

  const review = section(/^Waiting for my review \(1 claim\)$/);
  await expect(review.getByRole('link', { name: toReview.title })).toBeVisible();

  const mentions = section(/^Mentions \(1 mention\)$/);
  await expect(mentions).toContainText(`${other.name} mentioned you`);
  await expect(mentions.getByRole('link', { name: followed.title })).toBeVisible();

  const following = section(/^Claims I follow, recently changed \(1 claim\)$/);
  await expect(following.getByRole('link', { name: followed.title })).toBeVisible();

  const views = section(/^My saved views \(1 view\)$/);
  await expect(views.getByRole('link', { name: 'Ready ones' })).toHaveAttribute(
    'href',
    '/editor/claims?stage=ready',
  );
  await expect(page.getByRole('link', { name: 'All claims' })).toHaveAttribute(
    'href',
    '/editor/claims',
  );

  // One stage of what is assigned, chosen by its link.
  await assigned.getByRole('link', { name: 'Published (0)' }).click();
  await expect(page).toHaveURL(/[?&]stage=published/);
  await expect(section(/^Assigned to me: Published \(0 claims\)$/)).toContainText(
    'No claim assigned to you is Published.',
  );

  await page.goto('/editor');
  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a board card moves by keyboard; archiving asks for a reason; a stale card says so', async ({
  page,
  db,
  createAccount,
  signInAs,
  createClaim,
}) => {
  test.setTimeout(90_000);
  const me = await createAccount();
  const claim = await createClaim({ status: 'draft' });
  await db.claim.update({
    where: { id: claim.id },
    data: { stage: 'new', stageChangedAt: new Date(), assigneeId: me.id },
  });
  await signInAs(me);
  await page.goto(`/editor/board?assignee=${me.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Board');
  const column = (name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\(`) });
  await expect(column('New').getByRole('link', { name: claim.title })).toBeVisible();

  const axe = await scanAccessibility(page);
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // New → Researching: focus the card's select, step to the next stage, press the button.
  const select = page.getByLabel(`Move “${claim.title}” to`);
  await whenHydrated(select);
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('researching');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Move “${claim.title}”` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(`Moved “${claim.title}” to Researching.`);
  await expect(column('Researching').getByRole('link', { name: claim.title })).toBeVisible();
  await expect(column('New')).not.toContainText(claim.title);
  const moved = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect(moved.stage).toBe('researching');

  // Archived without a reason: the field error, then with one.
  const again = page.getByLabel(`Move “${claim.title}” to`);
  await whenHydrated(again);
  await again.focus();
  await page.keyboard.press('End');
  await expect(again).toHaveValue('archived');
  const button = page.getByRole('button', { name: `Move “${claim.title}”` });
  await button.focus();
  await page.keyboard.press('Enter');
  const reason = page.getByLabel('Reason for archiving');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('a reason is needed to archive it')).toBeVisible();
  await reason.fill('Nobody can check it: no record exists.');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(`Moved “${claim.title}” to Archived.`);
  await expect(column('Archived').getByRole('link', { name: claim.title })).toBeVisible();

  // Someone else saved the claim since the board was loaded: the move is refused and says so.
  await db.claim.update({ where: { id: claim.id }, data: { version: { increment: 1 } } });
  const stale = page.getByLabel(`Move “${claim.title}” to`);
  await whenHydrated(stale);
  await stale.focus();
  await page.keyboard.press('Home');
  await expect(stale).toHaveValue('new');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: /Someone else saved/ })).toBeVisible();
  expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).stage).toBe('archived');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a board card still moves, and archiving without a reason asks for one', async ({
    page,
    db,
    createAccount,
    signInAs,
    createClaim,
  }) => {
    const me = await createAccount();
    const claim = await createClaim({ status: 'draft' });
    await db.claim.update({
      where: { id: claim.id },
      data: { stage: 'researching', stageChangedAt: new Date(), assigneeId: me.id },
    });
    await signInAs(me);
    await page.goto(`/editor/board?assignee=${me.id}`);
    await page.getByLabel(`Move “${claim.title}” to`).selectOption('ready');
    await page.getByRole('button', { name: `Move “${claim.title}”` }).click();
    await expect(page.getByRole('status')).toHaveText(`Moved “${claim.title}” to Ready.`);
    await expect(page).toHaveURL(new RegExp(`assignee=${me.id}`));

    await page.getByLabel(`Move “${claim.title}” to`).selectOption('archived');
    await page.getByRole('button', { name: `Move “${claim.title}”` }).click();
    await expect(page.getByText('a reason is needed to archive it')).toBeVisible();
    await page.getByLabel('Reason for archiving').fill('Out of scope for the desk.');
    await page.getByRole('button', { name: `Move “${claim.title}”` }).click();
    await expect(page.getByRole('status')).toHaveText(`Moved “${claim.title}” to Archived.`);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).stage).toBe('archived');
  });
});

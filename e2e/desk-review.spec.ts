import type { Locator, Page } from '@playwright/test';
import { createPrismaClient } from '../lib/prisma-client';
import { E2E_DATABASE_URL, test, expect, scanAccessibility, whenHydrated } from './fixtures';
import { signedInPage } from './signed-in-page';

/*
 * Issue 13's second-editor review of verdicts: a verdict other than Unverified reaches readers
 * only once an editor other than its author approves it (or an admin publishes it without review,
 * with a reason). The rest of the suite runs with the desk's review off (scripts/serve-e2e.ts);
 * this spec turns it on for itself. The run has one worker, so no other spec runs meanwhile.
 */

async function setReview(on: boolean): Promise<void> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    await db.deskSetting.upsert({
      where: { key: 'review' },
      create: { key: 'review', value: String(on) },
      update: { value: String(on) },
    });
  } finally {
    await db.$disconnect();
  }
}

test.beforeAll(() => setReview(true));
test.afterAll(() => setReview(false));

/** Saves the verdict form of the claim page `page` shows. */
async function saveVerdict(
  page: Page,
  verdict: string,
  confidence: string,
  rationale: string,
): Promise<Locator> {
  const form = page.getByRole('form', { name: 'Change the verdict' });
  await (await whenHydrated(form.getByLabel('Verdict'))).selectOption(verdict);
  await form.getByLabel('Confidence').selectOption(confidence);
  await form.getByLabel('Rationale').fill(rationale);
  await form.getByRole('button', { name: 'Save verdict' }).click();
  return form;
}

const awaitingReview = (page: Page) => page.getByRole('region', { name: 'Awaiting review' });
const readersVerdict = (page: Page) => page.getByRole('region', { name: 'Our verdict' });
const notifications = (page: Page) =>
  page.getByRole('list', { name: 'Notifications, newest first' }).getByRole('listitem');

test('assign → research → propose → send back with a comment → fix → approve → public', async ({
  page,
  browser,
  uid,
  createAccount,
  createClaim,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const claim = await createClaim({ status: 'draft', verdict: 'unverified', confidence: 'low' });
  const ana = await createAccount({ name: `Ana ${uid}` });
  const ben = await createAccount({ name: `Ben ${uid}` });
  await signInAs(ana);
  const benPage = await signedInPage(browser, page, signInAs, ben, ana);

  // Ana takes the claim and researches it.
  await page.goto(`/editor/claims/${claim.id}`);
  const desk = page.getByRole('region', { name: 'Desk' });
  await (
    await whenHydrated(
      desk.getByRole('form', { name: 'Assignee' }).getByRole('button', { name: 'Assign me' }),
    )
  ).click();
  await expect(desk.getByRole('status')).toHaveText('Assignment saved.');
  const stageForm = desk.getByRole('form', { name: 'Move to another stage' });
  await (await whenHydrated(stageForm.getByLabel('Stage'))).selectOption({ label: 'Researching' });
  await stageForm.getByRole('button', { name: 'Move' }).click();
  await expect(desk.getByRole('status')).toHaveText('Stage changed.');

  // Her verdict waits for review: the form says so, and the claim keeps its approved verdict.
  await expect(page.getByRole('form', { name: 'Change the verdict' })).toContainText(
    'Second-editor review is on',
  );
  await saveVerdict(page, 'disputed', 'moderate', `First proposal ${uid}.`);
  await expect(page.getByRole('status')).toHaveText(/^Saved — awaiting review\./);
  const panel = awaitingReview(page);
  await expect(panel).toContainText('Disputed');
  await expect(panel).toContainText(`First proposal ${uid}.`);
  await expect(panel).toContainText(ana.name);
  await expect(panel).toContainText('Unverified');
  // Nobody approves their own verdict; and asking for review needs a reviewer.
  await expect(panel.getByRole('button', { name: 'Approve verdict' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Send back' })).toHaveCount(0);
  await expect(panel).toContainText('No reviewer is set on this claim.');
  await expect(panel.getByRole('button', { name: 'Request review' })).toHaveCount(0);
  expect((await scanAccessibility(page)).violations).toEqual([]);
  await page.goto(`/editor/claims/${claim.id}/preview`);
  await expect(readersVerdict(page)).toContainText('Unverified');
  await expect(readersVerdict(page)).not.toContainText('Disputed');

  await page.goto(`/editor/claims/${claim.id}`);
  const reviewer = desk.getByRole('form', { name: 'Reviewer' });
  await (await whenHydrated(reviewer.getByLabel('Reviewer'))).selectOption({ label: ben.name });
  await reviewer.getByRole('button', { name: 'Set reviewer' }).click();
  await expect(desk.getByRole('status')).toHaveText('Assignment saved.');
  await expect(panel).toContainText(`${ben.name} will be asked to review this verdict.`);
  await (await whenHydrated(panel.getByRole('button', { name: 'Request review' }))).click();
  await expect(page.getByRole('status')).toHaveText(
    'Review requested: the reviewer has been told.',
  );
  await expect(page.getByText('Stage: In review')).toBeAttached();

  // Ben, in his own browser, is told and sends it back with a comment (one is required).
  await benPage.goto('/editor/notifications');
  await expect(notifications(benPage).first()).toContainText('Review requested from you');
  await notifications(benPage).first().getByRole('link', { name: claim.title }).click();
  await expect(benPage).toHaveURL(new RegExp(`/editor/claims/${claim.id}$`));
  const benPanel = awaitingReview(benPage);
  await expect(benPanel.getByRole('button', { name: 'Approve verdict' })).toBeVisible();
  expect((await scanAccessibility(benPage)).violations).toEqual([]);
  const sendBack = benPanel.getByRole('form', { name: 'Send the verdict back' });
  await (await whenHydrated(sendBack.getByRole('button', { name: 'Send back' }))).click();
  await expect(sendBack.getByLabel('Comment')).toHaveAttribute('aria-invalid', 'true');
  const comment = `Cite the ministry's denial first ${uid}.`;
  await sendBack.getByLabel('Comment').fill(comment);
  await sendBack.getByRole('button', { name: 'Send back' }).click();
  await expect(benPage.getByRole('status')).toHaveText(
    'Verdict sent back to its author with your comment.',
  );

  // Ana sees it sent back, with the comment, here and in her notifications (she follows the
  // claim, so its move back to Researching is there too); the claim is back in Researching.
  await page.goto('/editor/notifications');
  const toldSentBack = notifications(page).filter({ hasText: 'Sent back to you' });
  await expect(toldSentBack).toHaveCount(1);
  await expect(toldSentBack).toContainText(`by ${ben.name}`);
  await expect(toldSentBack).toContainText(`Comment: ${comment}`);
  await page.goto(`/editor/claims/${claim.id}`);
  const sentBack = page.getByRole('region', { name: 'Sent back' });
  await expect(sentBack).toContainText(comment);
  await expect(sentBack).toContainText(ben.name);
  await expect(page.getByText('Stage: Researching')).toBeAttached();
  // The form holds her proposal: she fixes it and asks again.
  await expect(
    page.getByRole('form', { name: 'Change the verdict' }).getByLabel('Rationale'),
  ).toHaveValue(`First proposal ${uid}.`);
  const fixed = `Second proposal ${uid}: the ministry denies it.`;
  await saveVerdict(page, 'disputed', 'moderate', fixed);
  await expect(page.getByRole('status')).toHaveText(/^Saved — awaiting review\./);
  await (await whenHydrated(panel.getByRole('button', { name: 'Request review' }))).click();
  await expect(page.getByRole('status')).toHaveText(
    'Review requested: the reviewer has been told.',
  );

  // Ben approves: the claim is Ready, its verdict the approved one.
  await benPage.goto(`/editor/claims/${claim.id}`);
  await expect(benPanel).toContainText(fixed);
  await (await whenHydrated(benPanel.getByRole('button', { name: 'Approve verdict' }))).click();
  await expect(benPage.getByRole('status')).toHaveText('Verdict approved.');
  await expect(benPage.getByText('Stage: Ready')).toBeAttached();
  await expect(benPage.getByRole('region', { name: /Awaiting review|Sent back/ })).toHaveCount(0);

  await page.goto('/editor/notifications');
  await expect(notifications(page).filter({ hasText: /^(Unread)?Approved · by/ })).toHaveCount(1);
  // The editors' history shows every revision with its review state, the comment kept.
  await page.goto(`/editor/claims/${claim.id}`);
  const history = page.getByRole('list', { name: 'Verdict history' });
  await expect(history.getByRole('listitem').first()).toContainText('Approved');
  await expect(history.getByRole('listitem').first()).toContainText(fixed);
  await expect(history).toContainText(comment);

  // Published, readers see the approved verdict, and their history shows only what was public.
  await (await whenHydrated(stageForm.getByLabel('Stage'))).selectOption({ label: 'Published' });
  await stageForm.getByRole('button', { name: 'Move' }).click();
  await expect(desk.getByRole('status')).toHaveText('Stage changed.');
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(`/claims/${claim.id}`);
  await expect(readersVerdict(readerPage)).toContainText('Disputed');
  await expect(readersVerdict(readerPage)).toContainText(fixed);
  const publicHistory = readerPage.getByRole('region', { name: 'Verdict history' });
  await expect(publicHistory.getByRole('listitem').first()).toContainText(fixed);
  await expect(publicHistory).not.toContainText(`First proposal ${uid}.`);
  await expect(readerPage.getByText(comment)).toHaveCount(0);

  await reader.close();
  await benPage.context().close();
});

test('a published claim’s verdict change waits for approval while readers keep the old verdict', async ({
  page,
  browser,
  db,
  uid,
  createAccount,
  createClaim,
  signInAs,
}) => {
  test.setTimeout(90_000);
  const claim = await createClaim({ verdict: 'likely', confidence: 'moderate' });
  const ana = await createAccount();
  const ben = await createAccount();
  await db.claim.update({
    where: { id: claim.id },
    data: { assigneeId: ana.id, reviewerId: ben.id },
  });
  await signInAs(ana);
  const benPage = await signedInPage(browser, page, signInAs, ben, ana);
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();

  await page.goto(`/editor/claims/${claim.id}`);
  const change = `Misleading: the figure leaves out the reserves ${uid}.`;
  await saveVerdict(page, 'misleading', 'high', change);
  await expect(page.getByRole('status')).toHaveText(/^Saved — awaiting review\./);
  await expect(awaitingReview(page)).toContainText('Readers see now');
  await expect(awaitingReview(page)).toContainText('Likely');
  await (
    await whenHydrated(awaitingReview(page).getByRole('button', { name: 'Request review' }))
  ).click();
  await expect(page.getByRole('status')).toHaveText(
    'Review requested: the reviewer has been told.',
  );
  // Still published: asking for review does not take it off the public site. The panel says it
  // was asked, and does not offer to ask again.
  await expect(page.getByText('Stage: Published')).toBeAttached();
  await expect(awaitingReview(page)).toContainText(`Review requestedby ${ana.name} on`);
  await expect(awaitingReview(page).getByRole('button', { name: 'Request review' })).toHaveCount(0);

  await readerPage.goto(`/claims/${claim.id}`);
  await expect(readersVerdict(readerPage)).toContainText('Likely');
  await expect(readersVerdict(readerPage)).not.toContainText('Misleading');
  await expect(readerPage.getByText(change)).toHaveCount(0);

  // Ben finds it waiting for him on My desk, marked, whatever its stage.
  await benPage.goto('/editor');
  const waiting = benPage.getByRole('region', { name: /^Waiting for my review/ });
  const row = waiting.getByRole('listitem').filter({ hasText: claim.title });
  await expect(row).toContainText('Verdict awaiting review');
  // And on the board, on the claim's card.
  await benPage.goto(`/editor/board?assignee=${ana.id}`);
  const card = benPage.getByRole('listitem').filter({ hasText: claim.title });
  await expect(card).toContainText('Verdict awaiting review');
  await benPage.goBack();
  await row.getByRole('link', { name: claim.title }).click();
  await expect(awaitingReview(benPage)).toContainText(change);

  // Ana rewords her proposal meanwhile: Ben's approval of the one he read is refused, not
  // applied to a text he has not seen.
  const reworded = `Misleading: the figure leaves out the reserves and the conscripts ${uid}.`;
  await saveVerdict(page, 'misleading', 'high', reworded);
  await expect(page.getByRole('status')).toHaveText(/^Saved — awaiting review\./);
  const approve = awaitingReview(benPage).getByRole('form', { name: 'Approve the verdict' });
  await (await whenHydrated(approve.getByRole('button', { name: 'Approve verdict' }))).click();
  await expect(approve).toContainText('Someone else changed this claim after you opened it');
  await benPage.reload();
  await expect(awaitingReview(benPage)).toContainText(reworded);
  await (
    await whenHydrated(awaitingReview(benPage).getByRole('button', { name: 'Approve verdict' }))
  ).click();
  await expect(benPage.getByRole('status')).toHaveText('Verdict approved: readers now see it.');
  await expect(benPage.getByText('Stage: Published')).toBeAttached();

  await readerPage.reload();
  await expect(readersVerdict(readerPage)).toContainText('Misleading');
  await expect(
    readerPage.getByRole('region', { name: 'Verdict history' }).getByRole('listitem').first(),
  ).toContainText(reworded);
  await expect(readerPage.getByText(change)).toHaveCount(0);

  await reader.close();
  await benPage.context().close();
});

test('an admin publishes without review only with a reason, kept in the audit log', async ({
  page,
  browser,
  db,
  uid,
  createAccount,
  createClaim,
  signInAs,
}) => {
  test.setTimeout(90_000);
  const claim = await createClaim({ verdict: 'likely', confidence: 'moderate' });
  const ana = await createAccount();
  const admin = await createAccount({ role: 'admin' });
  await db.claim.update({ where: { id: claim.id }, data: { assigneeId: ana.id } });
  await signInAs(ana);
  const adminPage = await signedInPage(browser, page, signInAs, admin, ana);

  await page.goto(`/editor/claims/${claim.id}`);
  // Editors get no way around review.
  await expect(page.getByLabel('Publish without review (admins): reason')).toHaveCount(0);
  const change = `Disputed: two ministries disagree ${uid}.`;
  await saveVerdict(page, 'disputed', 'moderate', change);
  await expect(page.getByRole('status')).toHaveText(/^Saved — awaiting review\./);
  await expect(
    awaitingReview(page).getByRole('form', { name: 'Publish without review' }),
  ).toHaveCount(0);

  await adminPage.goto(`/editor/claims/${claim.id}`);
  const bypass = awaitingReview(adminPage).getByRole('form', { name: 'Publish without review' });
  await (
    await whenHydrated(bypass.getByRole('button', { name: 'Publish without review' }))
  ).click();
  await expect(bypass.getByLabel('Reason')).toHaveAttribute('aria-invalid', 'true');
  const reason = `The ministry retracted its statement on air ${uid}.`;
  await bypass.getByLabel('Reason').fill(reason);
  await bypass.getByRole('button', { name: 'Publish without review' }).click();
  await expect(adminPage.getByRole('status')).toHaveText(
    'Verdict published without review. The reason is in the audit log.',
  );
  const history = adminPage.getByRole('list', { name: 'Verdict history' });
  await expect(history.getByRole('listitem').first()).toContainText('Published without review');
  await expect(history.getByRole('listitem').first()).toContainText(reason);

  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(`/claims/${claim.id}`);
  await expect(readersVerdict(readerPage)).toContainText('Disputed');
  await expect(readerPage.getByText(reason)).toHaveCount(0);

  await adminPage.goto(`/admin/audit?entityType=claim&entityId=${claim.id}`);
  await expect(adminPage.getByRole('row', { name: 'verdict.bypass_review' })).toContainText(reason);

  // The verdict form's own way: an admin's save with a reason is published at once.
  await adminPage.goto(`/editor/claims/${claim.id}`);
  const form = adminPage.getByRole('form', { name: 'Change the verdict' });
  await (
    await whenHydrated(form.getByLabel('Publish without review (admins): reason'))
  ).fill(`Correction ${uid}.`);
  await saveVerdict(adminPage, 'misleading', 'high', `Misleading after all ${uid}.`);
  await expect(adminPage.getByRole('status')).toHaveText(
    /^Verdict saved and published without review\./,
  );
  await readerPage.reload();
  await expect(readersVerdict(readerPage)).toContainText('Misleading');

  // The admin's switch: with review off, the verdict form no longer speaks of it.
  await adminPage.goto('/admin/desk');
  const review = adminPage.getByLabel('Second-editor review of verdicts');
  await expect(review).toBeChecked();
  await review.uncheck();
  await adminPage.getByRole('button', { name: 'Save settings' }).click();
  await expect(adminPage.getByRole('status')).toHaveText('Settings saved.');
  await adminPage.goto(`/editor/claims/${claim.id}`);
  await expect(form.getByText('Second-editor review is on')).toHaveCount(0);
  await expect(form.getByLabel('Publish without review (admins): reason')).toHaveCount(0);
  await adminPage.goto('/admin/desk');
  await review.check();
  await adminPage.getByRole('button', { name: 'Save settings' }).click();
  await expect(adminPage.getByRole('status')).toHaveText('Settings saved.');

  await reader.close();
  await adminPage.context().close();
});

test('without JavaScript: a send-back asks for its comment, then the author asks again and it is approved', async ({
  page,
  browser,
  db,
  uid,
  createAccount,
  createClaim,
  signInAs,
}) => {
  test.setTimeout(90_000);
  const claim = await createClaim({ status: 'draft', verdict: 'unverified', confidence: 'low' });
  const ana = await createAccount();
  const ben = await createAccount();
  await db.claim.update({
    where: { id: claim.id },
    data: { assigneeId: ana.id, reviewerId: ben.id, stage: 'researching' },
  });
  await signInAs(ben);
  const benCookies = await page.context().cookies();
  await page.context().clearCookies();
  await signInAs(ana);
  const anaCookies = await page.context().cookies();
  const plain = await browser.newContext({ javaScriptEnabled: false });
  await plain.addCookies(anaCookies);
  const plainPage = await plain.newPage();

  // Ana proposes and asks for review.
  await plainPage.goto(`/editor/claims/${claim.id}`);
  const form = plainPage.getByRole('form', { name: 'Change the verdict' });
  await form.getByLabel('Verdict').selectOption('unsubstantiated');
  await form.getByLabel('Rationale').fill(`No record of it anywhere ${uid}.`);
  await form.getByRole('button', { name: 'Save verdict' }).click();
  await expect(plainPage.getByRole('status')).toHaveText(/^Saved — awaiting review\./);
  await awaitingReview(plainPage).getByRole('button', { name: 'Request review' }).click();
  await expect(plainPage.getByRole('status')).toHaveText(
    'Review requested: the reviewer has been told.',
  );

  // Ben sends it back: first without a comment (refused, and said so), then with one.
  await plain.clearCookies();
  await plain.addCookies(benCookies);
  await plainPage.goto(`/editor/claims/${claim.id}`);
  const sendBack = awaitingReview(plainPage).getByRole('form', { name: 'Send the verdict back' });
  await sendBack.getByRole('button', { name: 'Send back' }).click();
  await expect(
    awaitingReview(plainPage)
      .getByRole('form', { name: 'Send the verdict back' })
      .getByLabel('Comment'),
  ).toHaveAttribute('aria-invalid', 'true');
  await sendBack.getByLabel('Comment').fill(`Ask the agency first ${uid}.`);
  await sendBack.getByRole('button', { name: 'Send back' }).click();
  await expect(plainPage.getByRole('status')).toHaveText(
    'Verdict sent back to its author with your comment.',
  );
  await expect(plainPage.getByRole('region', { name: 'Sent back' })).toContainText(
    `Ask the agency first ${uid}.`,
  );
  // Sent back, it is no longer Ben's to decide until Ana asks again.
  await expect(plainPage.getByRole('button', { name: 'Approve verdict' })).toHaveCount(0);

  // Ana asked the agency, which had no record either: she asks for review again as it stands.
  await plain.clearCookies();
  await plain.addCookies(anaCookies);
  await plainPage.goto(`/editor/claims/${claim.id}`);
  await plainPage
    .getByRole('region', { name: 'Sent back' })
    .getByRole('button', { name: 'Request review' })
    .click();
  await expect(plainPage.getByRole('status')).toHaveText(
    'Review requested: the reviewer has been told.',
  );

  await plain.clearCookies();
  await plain.addCookies(benCookies);
  await plainPage.goto(`/editor/claims/${claim.id}`);
  await awaitingReview(plainPage).getByRole('button', { name: 'Approve verdict' }).click();
  await expect(plainPage.getByRole('status')).toHaveText('Verdict approved.');
  await expect(plainPage.getByText('Stage: Ready')).toBeAttached();
  await plain.close();
});

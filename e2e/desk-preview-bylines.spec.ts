import { expect, scanAccessibility, test } from './fixtures';

test.describe('the desk: preview and bylines', () => {
  test('an editor previews a draft exactly as readers would see it, watermarked', async ({
    page,
    createAccount,
    createClaim,
    signInAs,
  }) => {
    const claim = await createClaim({ status: 'draft' });
    await signInAs(await createAccount());
    await page.goto(`/editor/claims/${claim.id}`);
    await page.getByRole('link', { name: 'Preview as a reader' }).click();
    await expect(page).toHaveURL(new RegExp(`/editor/claims/${claim.id}/preview$`));
    await expect(page.getByRole('note')).toContainText('Preview — readers do not see this version');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.title);
    await expect(page.getByText(claim.statement)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Our verdict' })).toBeVisible();
    await scanAccessibility(page);

    // Readers still cannot see it.
    await page.context().clearCookies();
    const reader = await page.goto(`/claims/${claim.id}`);
    expect(reader?.status()).toBe(404);
  });

  test('an admin turns bylines on: readers see who checked and reviewed the claim', async ({
    page,
    db,
    uid,
    createAccount,
    createClaim,
    signInAs,
  }) => {
    const checker = await createAccount({ name: `Ana ${uid}` });
    const reviewer = await createAccount({ name: `Ben ${uid}` });
    const claim = await createClaim();
    await db.claim.update({
      where: { id: claim.id },
      data: { assigneeId: checker.id, reviewerId: reviewer.id },
    });
    const byline = `Checked by Ana ${uid} · reviewed by Ben ${uid}`;

    await page.goto(`/claims/${claim.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.title);
    await expect(page.getByText(byline)).toHaveCount(0);

    await signInAs(await createAccount({ role: 'admin' }));
    await page.goto('/admin/desk');
    await scanAccessibility(page);
    try {
      await page.getByLabel('Show bylines to readers').check();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByRole('status')).toHaveText('Settings saved.');
      await page.context().clearCookies();
      await page.goto(`/claims/${claim.id}`);
      await expect(page.getByText(byline)).toBeVisible();
    } finally {
      // Other tests read claim pages too: the desk's default is back off.
      await db.deskSetting.updateMany({ where: { key: 'bylines' }, data: { value: 'false' } });
    }
  });
});

import { test, expect } from './fixtures';

test.describe('claim list', () => {
  test('shows published demo claims with verdict, claimant, evidence counts and the total', async ({
    page,
  }) => {
    await page.goto('/claims');
    await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/\d+ claims/);
    const row = page
      .getByRole('article')
      .filter({ hasText: 'Up to 12,000 North Korean troops' })
      .first();
    await expect(row).toContainText('Likely');
    await expect(row).toContainText('High confidence');
    await expect(row).toContainText(/\d+ supporting · \d+ contradicting/);
    await expect(row.getByRole('link', { name: /South Korea/ })).toBeVisible();
  });

  test('never shows a draft claim, in the list, in search or by its address', async ({
    page,
    createClaim,
    uid,
  }) => {
    const draft = await createClaim({ status: 'draft', title: `Draft ${uid} secret` });
    await page.goto(`/claims?q=${uid}`);
    await expect(page.getByRole('status')).toHaveText(/^0 claims/);
    await expect(page.getByText(draft.title)).toHaveCount(0);
    const response = await page.goto(`/claims/${draft.id}`);
    expect(response?.status()).toBe(404);
  });

  test('filters by verdict and confidence through the form', async ({ page, createClaim, uid }) => {
    const claimant = `Verdict claimant ${uid}`;
    await createClaim({ claimant, verdict: 'false', confidence: 'high', title: `False ${uid}` });
    await createClaim({ claimant, verdict: 'likely', confidence: 'low', title: `Likely ${uid}` });
    await createClaim({ claimant, verdict: 'disputed', confidence: 'high', title: `Disp ${uid}` });

    await page.goto(`/claims?q=${uid}`);
    await expect(page.getByRole('status')).toHaveText(/^3 claims/);
    await page.getByLabel('False', { exact: true }).check();
    await page.getByLabel('Disputed', { exact: true }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/verdict=false/);
    await expect(page.getByRole('status')).toHaveText(/^2 claims/);

    await page.getByLabel('Confidence').selectOption('high');
    await page.getByLabel('Disputed', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('status')).toHaveText(/^1 claim\b/);
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('article')).toContainText(`False ${uid}`);
  });

  test('reaches a claimant’s and a tag’s claims as filtered lists', async ({
    page,
    createClaim,
    uid,
  }) => {
    const claimant = `Claimant ${uid}`;
    const tag = `Tag ${uid}`;
    await createClaim({ claimant, title: `First ${uid}`, tags: [tag] });
    await createClaim({ claimant, title: `Second ${uid}` });

    await page.goto(`/claims?q=${uid}`);
    await page.getByRole('link', { name: claimant }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Claims by ${claimant}`);
    await expect(page.getByRole('article')).toHaveCount(2);

    await page.getByRole('link', { name: `First ${uid}` }).click();
    await page.getByRole('link', { name: tag }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Claims tagged ${tag}`);
    await expect(page.getByRole('article')).toHaveCount(1);
  });

  test('lists the claims citing a source', async ({ page, createClaim, uid }) => {
    const source = `Source ${uid}`;
    await createClaim({
      title: `Cites ${uid}`,
      citations: [{ source, stance: 'contradicts', quote: 'A contradicting passage.' }],
    });
    await page.goto(`/claims?q=${uid}`);
    await page.getByRole('link', { name: `Cites ${uid}` }).click();
    await page.getByRole('link', { name: source }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(source);
    await expect(page.getByText('A contradicting passage.')).toBeVisible();
    await page.getByRole('link', { name: /All claims citing this source/ }).click();
    await expect(page).toHaveURL(/source=\d+/);
    await expect(page.getByRole('article')).toHaveCount(1);
  });

  test('pages through a long list, keeping the filters', async ({ page, createClaim, uid }) => {
    const claimant = `Prolific ${uid}`;
    for (let i = 0; i < 23; i++) await createClaim({ claimant });
    await page.goto(`/claims?q=${uid}&sort=created`);
    await expect(page.getByRole('status')).toHaveText(/^23 claims/);
    const pages = page.getByRole('navigation', { name: 'Claim list pages' });
    await expect(pages).toContainText('Page 1 of 2');
    await expect(page.getByRole('article')).toHaveCount(20);
    await pages.getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/sort=created/);
    await expect(pages).toContainText('Page 2 of 2');
    await expect(page.getByRole('article')).toHaveCount(3);
  });

  test('falls back to defaults for invalid parameters', async ({ page }) => {
    const response = await page.goto(
      '/claims?page=-3&verdict=nope&sort=x&claimant=zz&confidence=%00&tag=%3Cscript%3E&source=abc',
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
  });
});

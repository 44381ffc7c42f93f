import { test, expect } from './fixtures';

test.describe('search', () => {
  test('finds a claim by its words through the search box, best match first', async ({
    page,
    createClaim,
    uid,
  }) => {
    await createClaim({
      title: `Mention in a quote ${uid}`,
      statement: `Rail shipments ${uid} crossed the border.`,
      citations: [{ source: `Report ${uid}`, stance: 'context', quote: `Vostochny ${uid}.` }],
    });
    await createClaim({
      title: `Vostochny cosmodrome visit ${uid}`,
      statement: `Kim visited the Vostochny ${uid} cosmodrome.`,
    });
    await page.goto('/claims');
    await page.getByLabel('Search claims').fill(`vostochny ${uid}`);
    await page.getByLabel('Search claims').press('Enter');
    await expect(page.getByRole('status')).toHaveText(/^2 claims/);
    await expect(page.getByRole('article').first()).toContainText(`Vostochny cosmodrome visit`);
    await expect(page.getByLabel('Search claims')).toHaveValue(`vostochny ${uid}`);
  });

  test('searches the demo story', async ({ page }) => {
    await page.goto('/claims?q=Kursk');
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('status')).toContainText('matching “Kursk”');
  });

  const hostile = [
    '"',
    '"unbalanced',
    '*',
    'NEAR(troops kursk, 2)',
    'troops OR kursk',
    '-troops',
    '((( ]]',
    "') OR 1=1 --",
    '\'; DROP TABLE "Claim"; --',
    '<script>alert(1)</script>',
    'x'.repeat(10_000),
  ];
  for (const q of hostile) {
    test(`answers hostile input ${JSON.stringify(q.slice(0, 30))} with a normal page`, async ({
      page,
    }) => {
      const response = await page.goto(`/claims?q=${encodeURIComponent(q)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('status')).toContainText(/\d+ claims?/);
      // Anything typed is shown as text, never run.
      await expect(page.locator('script:text("alert(1)")')).toHaveCount(0);
    });
  }

  test('keeps the demo data intact after an injection attempt', async ({ page }) => {
    await page.goto(`/claims?q=${encodeURIComponent('\'; DELETE FROM "Claim"; --')}`);
    await page.goto('/claims?q=troops');
    await expect(page.getByRole('article').first()).toBeVisible();
  });
});

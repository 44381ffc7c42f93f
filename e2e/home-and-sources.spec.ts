import { test, expect } from './fixtures';

test('home page explains the tracker, charts verdicts with numbers and says it is demo data', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/demo data/i).first()).toBeVisible();
  const chart = page.getByRole('img', { name: /verdict/i });
  await expect(chart).toBeVisible();
  await expect(page.getByRole('link', { name: /Confirmed/ }).first()).toHaveAttribute(
    'href',
    /verdict=confirmed/,
  );
  await expect(page.getByRole('main')).toContainText(/Confirmed\D*\d+/);
});

test('sources list links to a source page with the claims citing it', async ({
  page,
  createClaim,
  uid,
}) => {
  await createClaim({
    title: `Source test ${uid}`,
    citations: [{ source: `Dossier ${uid}`, stance: 'supports', quote: 'Quoted line.' }],
  });
  await page.goto('/sources');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sources');
  await page.goto(`/claims?q=${uid}`);
  await page.getByRole('link', { name: `Source test ${uid}` }).click();
  await page.getByRole('link', { name: `Dossier ${uid}` }).click();
  await expect(page.getByRole('link', { name: `Source test ${uid}` })).toBeVisible();
  await expect(page.getByText('Quoted line.')).toBeVisible();
  expect((await page.goto('/sources/99999999'))?.status()).toBe(404);
});

test('is usable on a phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/claims');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

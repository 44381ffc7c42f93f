import { test, expect } from './fixtures';

// PostgreSQL only (playwright.config.ts): a render there waits for a table lock at most
// lock_timeout (5 s) and for a pooled connection at most 10 s; SQLite's readers never wait (WAL).
test('a page the database is too busy to render answers 503 with Retry-After, then renders again', async ({
  db,
  page,
  createClaim,
  uid,
}) => {
  const title = `Busy desk claim ${uid}`;
  await createClaim({ title });
  const path = `/claims?q=${encodeURIComponent(title)}`;

  await db.$transaction(
    async (tx) => {
      // What a schema change or a bulk repair holding the claims table does to every reader.
      await tx.$executeRaw`LOCK TABLE "Claim" IN ACCESS EXCLUSIVE MODE`;
      const response = await page.goto(path);
      expect(response?.status()).toBe(503);
      expect(response?.headers()['retry-after']).toBe('5');
      await expect(page.getByText('Please try again in a moment.')).toBeVisible();
    },
    { timeout: 30_000 },
  );

  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
});

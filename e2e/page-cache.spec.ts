import { test, expect } from './fixtures';

const CACHE_HEADER = 'x-claimtrack-cache';

// Reader pages come from each server process's page cache (lib/page-cache) while nothing has
// been written since they were rendered. A reader must still see an editor's verdict at once.
test('a reader sees a verdict change on the next view, though the page was cached', async ({
  page,
  browser,
  createAccount,
  createClaim,
  signInAs,
  uid,
}) => {
  const claim = await createClaim({ verdict: 'likely', confidence: 'moderate' });
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  const path = `/claims/${claim.id}`;

  // Three views over at most two server processes: at least one is answered from the cache.
  const sources: (string | null)[] = [];
  for (let i = 0; i < 3; i++) {
    const response = await readerPage.goto(path);
    expect(response?.status()).toBe(200);
    sources.push(response?.headers()[CACHE_HEADER] ?? null);
    await expect(readerPage.getByRole('region', { name: 'Verdict history' })).toContainText(
      'Likely',
    );
  }
  expect(sources).toContain('hit');

  await signInAs(await createAccount());
  await page.goto(`/editor/claims/${claim.id}`);
  const form = page.getByRole('form', { name: 'Change the verdict' });
  await form.getByLabel('Verdict').selectOption('disputed');
  await form.getByLabel('Rationale').fill(`A second ministry denies it ${uid}.`);
  await form.getByRole('button', { name: 'Save verdict' }).click();
  await expect(page.getByRole('status')).toHaveText('Verdict saved.');

  for (let i = 0; i < 3; i++) {
    await readerPage.goto(path);
    const history = readerPage.getByRole('region', { name: 'Verdict history' });
    await expect(history.getByRole('listitem').first()).toContainText('Disputed');
    await expect(history).toContainText(`A second ministry denies it ${uid}.`);
  }

  // The editor, signed in, is never served a reader's cached page.
  const editorView = await page.goto(path);
  expect(editorView?.headers()[CACHE_HEADER]).toBeUndefined();
  await reader.close();
});

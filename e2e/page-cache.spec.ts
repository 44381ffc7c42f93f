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

// Cache poisoning: whatever spelling of the session cookie the auth library accepts, the page it
// renders for the editor (name, "Sign out", edit links) must never be stored and served to
// anonymous readers.
test('an editor’s page is never served to readers, however the session cookie is spelled', async ({
  page,
  playwright,
  baseURL,
  createAccount,
  createClaim,
  signInAs,
}) => {
  const account = await createAccount();
  await signInAs(account);
  const value = (await page.context().cookies()).find(
    (c) => c.name === 'better-auth.session_token',
  )!.value;
  const spellings = [
    `better-auth.session_token =${value}`,
    ` better-auth.session_token= ${value}`,
    `theme=dark ;better-auth.session_token\t=${value}`,
    `better-auth.session_token="${value}"`,
    `better-auth-session_token=${value}`,
  ];
  const anonymous = await playwright.request.newContext({ baseURL });
  let readAsSession = 0;
  for (const cookie of spellings) {
    const claim = await createClaim();
    const path = `/claims/${claim.id}`;
    const forEditor = await anonymous.get(path, { headers: { cookie } });
    // The app read this spelling as the editor's session …
    if ((await forEditor.text()).includes(account.name)) {
      readAsSession++;
      expect(forEditor.headers()[CACHE_HEADER], cookie).toBeUndefined();
    }
    await anonymous.get(path, { headers: { cookie } });
    // … and readers never get that page.
    for (let i = 0; i < 3; i++) {
      const reader = await anonymous.get(path);
      const html = await reader.text();
      expect(html, cookie).not.toContain(account.name);
      expect(html, cookie).not.toContain('Sign out');
    }
  }
  // Most spellings are sessions to the app: the test exercises the path that was poisoned.
  expect(readAsSession).toBeGreaterThanOrEqual(3);
  await anonymous.dispose();
});

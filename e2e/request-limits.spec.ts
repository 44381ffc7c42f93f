import { test, expect } from './fixtures';

// What the server answers instead of a 500: a form too large to send, a method an address does
// not answer, an address or a form body it cannot read.

test('a form too large to send says so in the form, keeps what was typed and saves nothing', async ({
  page,
  createAccount,
  signInAs,
  db,
  uid,
}) => {
  await signInAs(await createAccount());
  await page.goto('/editor/claims/new');
  const statement = `Oversized ${uid}`;
  await page.getByLabel('Statement').fill(statement);
  await page.getByLabel('New claimant’s name').fill(`Claimant ${uid}`);
  // Longer than any field allows: pasted past the fields' own limits by a script.
  await page.getByLabel('Context').evaluate((field) => {
    (field as HTMLTextAreaElement).removeAttribute('maxlength');
    (field as HTMLTextAreaElement).value = 'x'.repeat(1_200_000);
  });
  await page.getByRole('button', { name: 'Save draft' }).click();
  const form = page.getByRole('form', { name: 'New claim' });
  await expect(form.getByRole('alert')).toContainText('Not sent: this form holds');
  await expect(page.getByLabel('Statement')).toHaveValue(statement);
  expect(await db.claim.count({ where: { statement } })).toBe(0);
});

test('an oversized server action is answered 413 with the reason, never a 500', async ({
  page,
  baseURL,
  createAccount,
  signInAs,
}) => {
  await signInAs(await createAccount());
  const response = await page.request.post('/editor/claims/new', {
    headers: {
      origin: new URL(baseURL!).origin,
      'next-action': '7f'.repeat(21),
      'content-type': 'text/plain;charset=UTF-8',
    },
    data: 'x'.repeat(1024 * 1024 + 1),
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toMatch(/^Not sent: the form is larger than 1 MB/);
});

test('methods an address does not answer get 405 with Allow', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const [method, path, allow] of [
    ['TRACE', '/api/claims', 'GET, HEAD, OPTIONS'],
    ['TRACE', '/claims', 'GET, HEAD, OPTIONS, POST'],
    ['PROPFIND', '/feed.xml', 'GET, HEAD, OPTIONS'],
    ['PUT', '/claims/1', 'GET, HEAD, OPTIONS, POST'],
    ['DELETE', '/api/claims/1', 'GET, HEAD, OPTIONS'],
    ['POST', '/claims/export', 'GET, HEAD, OPTIONS'],
    ['GET', '/import/commit', 'OPTIONS, POST'],
  ] as const) {
    const response = await request.fetch(path, { method, headers: { origin } });
    expect(response.status(), `${method} ${path}`).toBe(405);
    expect(response.headers().allow, `${method} ${path}`).toBe(allow);
  }
});

test('an address or a form body that cannot be read is a 400, never a 500', async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  for (const path of ['/claims/%', '/sources/%E0%A4%A', '/editor/claims/%c0', '/api/claims/%']) {
    expect((await request.get(path)).status(), path).toBe(400);
  }
  const garbage = await request.post('/claims', {
    headers: { origin, 'content-type': 'multipart/form-data; boundary=zz' },
    data: 'not a multipart body',
  });
  expect(garbage.status()).toBe(400);
  expect(await garbage.text()).toMatch(/^Refused: the form data could not be read/);
});

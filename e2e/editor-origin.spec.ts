import { test, expect } from './fixtures';

// A signed-in editor's browser tricked into posting from another site: the session cookie goes
// along, the Origin header does not match. Next.js refuses server-action calls whose Origin is
// not this host; this holds it to that, against a control post from our own origin.
test('an editor action posted from a foreign origin writes nothing', async ({
  page,
  baseURL,
  createAccount,
  signInAs,
  db,
  uid,
}) => {
  await signInAs(await createAccount());
  await page.goto('/editor/claims/new');
  const fieldsFor = async (statement: string) => {
    await page.getByLabel('Statement').fill(statement);
    await page.getByLabel('New claimant’s name').fill(`Origin ${uid}`);
    return Object.fromEntries(
      await page
        .getByRole('form', { name: 'New claim' })
        .evaluate((form) =>
          [...new FormData(form as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)]),
        ),
    );
  };

  const foreign = `Foreign origin ${uid}`;
  const refused = await page.request.post('/editor/claims/new', {
    multipart: await fieldsFor(foreign),
    headers: { Origin: 'https://attacker.example' },
    maxRedirects: 0,
  });
  expect(refused.status(), await refused.text().then((t) => t.slice(0, 80))).toBeGreaterThanOrEqual(
    400,
  );
  expect(refused.status()).toBeLessThan(500);
  expect(await db.claim.count({ where: { statement: foreign } })).toBe(0);

  const own = `Own origin ${uid}`;
  await page.request.post('/editor/claims/new', {
    multipart: await fieldsFor(own),
    headers: { Origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(await db.claim.count({ where: { statement: own } })).toBe(1);
});

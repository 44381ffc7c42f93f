import { test, expect } from './fixtures';

// After signing in, `?next=` leads back to where the editor was going — on this site only. A
// signed-in editor opening the sign-in page is sent on at once by the same rule the sign-in
// form's action uses (lib/auth/safe-next-path.ts, with its full corpus in the unit tests).
const OFF_SITE = [
  '/.//evil.example',
  '/..//evil.example',
  '/a/..//evil.example/path',
  '/%2e//evil.example',
  '//evil.example',
  '/\\evil.example',
  'https://evil.example/',
];

test('signing in never sends the editor to another site', async ({
  page,
  baseURL,
  createAccount,
  signInAs,
}) => {
  await signInAs(await createAccount());
  for (const next of OFF_SITE) {
    const response = await page.request.get(`/sign-in?next=${encodeURIComponent(next)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), next).toBeGreaterThanOrEqual(300);
    expect(response.status(), next).toBeLessThan(400);
    const location = response.headers().location ?? '';
    expect(new URL(location, baseURL).origin, `${next} → ${location}`).toBe(
      new URL(baseURL!).origin,
    );
    expect(location.startsWith('//'), location).toBe(false);
  }
  await page.goto(`/sign-in?next=${encodeURIComponent('/.//evil.example')}`);
  await expect(page).toHaveURL(`${new URL(baseURL!).origin}/claims`);
});

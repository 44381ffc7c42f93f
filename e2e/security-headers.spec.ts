import { test, expect } from './fixtures';

/**
 * Every kind of answer carries the security headers, and every HTML page a Content-Security-
 * Policy whose nonce is on each of its scripts and is new on every response — also when the
 * reader-page cache answers. The app works under the policy: the fixtures fail any test whose
 * pages log a violation.
 */

const EVERY_KIND = [
  ['the home page', '/'],
  ['a claim list', '/claims?q=troops'],
  ['a source list', '/sources'],
  ['the sign-in page', '/sign-in'],
  ['a missing page', '/claims/999999999'],
  ['the API', '/api/claims?limit=1'],
  ['the OpenAPI document', '/api/openapi.json'],
  ['an export', '/claims/export?format=csv'],
  ['the feed', '/feed.xml'],
  ['a refused method', '/api/claims', 'DELETE'],
] as const;

function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-frame-options']).toBe('DENY');
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of [
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "default-src 'self'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9_-]{22}' 'strict-dynamic'/);
  expect(csp).not.toContain('unsafe-inline');
  // Served over plain http here: no HSTS (browsers ignore it on http anyway).
  expect(headers['strict-transport-security']).toBeUndefined();
}

for (const [name, path, method] of EVERY_KIND) {
  test(`${name} carries the security headers`, async ({ request, baseURL }) => {
    const response = await request.fetch(path, {
      method: method ?? 'GET',
      headers: { origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expectSecurityHeaders(response.headers());
  });
}

test('a signed-in editor’s page carries them too', async ({ page, createAccount, signInAs }) => {
  await signInAs(await createAccount());
  const response = await page.goto('/editor/claims');
  expectSecurityHeaders(response!.headers());
});

test('every response has its own nonce, on every script, cached reader pages included', async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const response = await request.get('/claims');
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy']!)![1]!;
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) {
      if (/type="application\/ld\+json"/.test(tag)) continue;
      expect(tag).toContain(`nonce="${nonce}"`);
    }
    nonces.add(nonce);
  }
  expect(nonces.size).toBe(6);
});

test('a cached reader page still runs its scripts under the policy', async ({ page }) => {
  // Twice: the second view of an unchanged page may come from the cache.
  for (let i = 0; i < 2; i++) {
    await page.goto('/claims');
    await page.getByLabel('Search claims').fill('troops');
    await page.getByLabel('Search claims').press('Enter');
    // The short canonical address is written by the page's script; the browser alone would
    // send every field (`tag=&claimant=…`).
    await expect(page).toHaveURL(/\/claims\?q=troops$/);
  }
});

import { test, expect } from './fixtures';

test.describe('JSON API', () => {
  test('answers with JSON and an open CORS header', async ({ request, createClaim, uid }) => {
    const claim = await createClaim({ title: `API ${uid}`, verdict: 'false' });
    const response = await request.get(`/api/claims?q=${uid}`, {
      headers: { origin: 'https://partner.example' },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/json');
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    const body = (await response.json()) as { items: { id: number }[]; total: number };
    expect(body.items.map((c) => c.id)).toEqual([claim.id]);
    expect(body.total).toBe(1);

    const missing = await request.get('/api/claims/99999999');
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toEqual({ status: 404, message: expect.any(String) });
  });

  test('a page on another site can read it from the browser', async ({
    page,
    baseURL,
    createClaim,
    uid,
  }) => {
    const claim = await createClaim({ title: `Cross-site ${uid}` });
    // The same server under another host name is another origin: Chromium enforces CORS on
    // this fetch for real (both names are the loopback, so local-network rules stay out of it).
    const otherOrigin = new URL(baseURL!);
    otherOrigin.hostname = otherOrigin.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    await page.goto(`${otherOrigin.origin}/`);
    const result = await page.evaluate(
      async ({ url }) => {
        const response = await fetch(url, { headers: { accept: 'application/json' } });
        return { status: response.status, body: (await response.json()) as { id: number } };
      },
      { url: `${baseURL}/api/claims/${claim.id}` },
    );
    expect(result).toEqual({ status: 200, body: expect.objectContaining({ id: claim.id }) });
  });

  test('serves its OpenAPI document', async ({ request }) => {
    const response = await request.get('/api/openapi.json');
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/claims/{id}');
  });
});

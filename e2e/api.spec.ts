import http from 'node:http';
import type { AddressInfo } from 'node:net';
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
    // Another site's page, served from the loopback like ours (so Chromium's local-network rules
    // stay out of it) on a port of its own: another origin, and not one of our pages, which may
    // only connect to their own origin (CSP).
    const elsewhere = http.createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Elsewhere</title>');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    await page.goto(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`);
    const result = await page.evaluate(
      async ({ url }) => {
        const response = await fetch(url, { headers: { accept: 'application/json' } });
        return { status: response.status, body: (await response.json()) as { id: number } };
      },
      { url: `${baseURL}/api/claims/${claim.id}` },
    );
    elsewhere.close();
    expect(result).toEqual({ status: 200, body: expect.objectContaining({ id: claim.id }) });
  });

  test('serves its OpenAPI document', async ({ request }) => {
    const response = await request.get('/api/openapi.json');
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/claims/{id}');
  });
});

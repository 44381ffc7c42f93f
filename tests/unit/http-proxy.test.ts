import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// proxy.ts reads its configuration once, when it is first imported: set it before that.
let proxy: typeof import('@/proxy').proxy;
beforeAll(async () => {
  vi.stubEnv('SITE_URL', 'https://claims.example.org');
  ({ proxy } = await import('@/proxy'));
});

/** The request headers proxy.ts hands on to Next.js (NextResponse.next's override headers). */
function forwardedRequestHeader(response: Response, name: string): string | null {
  return response.headers.get(`x-middleware-request-${name}`);
}

describe('proxy.ts', () => {
  it('gives each passed request a fresh nonce, the same one Next.js is told to put on scripts', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await proxy(new NextRequest('https://claims.example.org/claims'));
      const policy = response.headers.get('content-security-policy')!;
      expect(forwardedRequestHeader(response, 'content-security-policy')).toBe(policy);
      seen.add(/'nonce-([^']+)'/.exec(policy)![1]!);
    }
    expect(seen.size).toBe(3);
  });

  it('over https, asks browsers to keep to https (HSTS) and to upgrade subresources', async () => {
    const response = await proxy(new NextRequest('https://claims.example.org/claims'));
    expect(response.headers.get('strict-transport-security')).toBe(
      'max-age=63072000; includeSubDomains',
    );
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('refuses with the headers too, and never lets a refused request reach Next.js', async () => {
    const response = await proxy(
      new NextRequest('https://claims.example.org/import/commit', {
        method: 'POST',
        headers: { origin: 'https://attacker.example', 'content-type': 'text/plain' },
        body: 'x',
      }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('x-middleware-next')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.json()).toMatchObject({ ok: false, status: 403 });
  });

  it('answers OPTIONS on a page with the methods it takes', async () => {
    const response = await proxy(
      new NextRequest('https://claims.example.org/claims/3', { method: 'OPTIONS' }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS, POST');
  });

  it('refuses a page post whose multipart body cannot be read, with a 400', async () => {
    const response = await proxy(
      new NextRequest('https://claims.example.org/editor/claims/new', {
        method: 'POST',
        headers: {
          origin: 'https://claims.example.org',
          'content-type': 'multipart/form-data; boundary=zz',
          'content-length': '7',
        },
        body: 'garbage',
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^Refused: the form data could not be read/);
  });
});

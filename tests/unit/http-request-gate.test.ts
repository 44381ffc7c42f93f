import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { allowedOrigins } from '@/lib/http/allowed-origins';
import { ACTION_BODY_LIMIT_BYTES, HANDLER_BODY_LIMIT_BYTES } from '@/lib/http/body-limits';
import { checkRequest, type GateRequest } from '@/lib/http/request-gate';

const SITE = 'https://claims.example.org';
const origins = allowedOrigins({ SITE_URL: SITE, BETTER_AUTH_URL: undefined, PORT: 3000 });

function gate(method: string, pathname: string, headers: Record<string, string> = {}) {
  const request: GateRequest = { method, pathname, headers: new Headers(headers) };
  return checkRequest(request, { origins }).refused;
}

const ours = { origin: SITE, 'sec-fetch-site': 'same-origin', 'content-length': '120' };

describe('the request gate: requests from other sites', () => {
  const mutating = ['/import/commit', '/import/preview', '/editor/claims/new', '/claims/7', '/'];

  it.each(mutating)('lets this site’s own pages post to %s', (path) => {
    expect(gate('POST', path, ours)).toBeNull();
    expect(gate('POST', path, { origin: SITE, 'content-length': '5' })).toBeNull();
    // A browser that sends only Sec-Fetch-Site.
    expect(gate('POST', path, { 'sec-fetch-site': 'same-origin' })).toBeNull();
  });

  const foreign: [string, Record<string, string>][] = [
    ['another site', { origin: 'https://attacker.example' }],
    ['another port of the same host', { origin: 'https://claims.example.org:8443' }],
    ['plain http of the same host', { origin: 'http://claims.example.org' }],
    ['a sibling subdomain', { origin: 'https://blog.claims.example.org' }],
    ['a parent domain', { origin: 'https://example.org' }],
    ['a look-alike host', { origin: 'https://claims.example.org.attacker.example' }],
    ['a sandboxed frame or data: URL', { origin: 'null' }],
    ['no Origin and no Sec-Fetch-Site', {}],
    ['same-site fetch metadata', { 'sec-fetch-site': 'same-site' }],
    ['cross-site fetch metadata', { 'sec-fetch-site': 'cross-site' }],
    ['a user-typed navigation', { 'sec-fetch-site': 'none' }],
    ['our Origin but cross-site metadata', { origin: SITE, 'sec-fetch-site': 'cross-site' }],
    ['our Origin but same-site metadata', { origin: SITE, 'sec-fetch-site': 'same-site' }],
    [
      'same-origin metadata but a foreign Origin',
      { origin: 'https://attacker.example', 'sec-fetch-site': 'same-origin' },
    ],
    [
      'a forged X-Forwarded-Host matching the Origin',
      { origin: 'https://attacker.example', 'x-forwarded-host': 'attacker.example' },
    ],
    [
      'a forged Host matching the Origin',
      { origin: 'https://attacker.example', host: 'attacker.example' },
    ],
    ['an Origin with a path', { origin: `${SITE}/claims` }],
    ['an Origin of another scheme', { origin: 'ftp://claims.example.org' }],
    ['two origins', { origin: `${SITE} https://attacker.example` }],
    ['garbage', { origin: 'claims.example.org' }],
  ];

  for (const [name, headers] of foreign) {
    it.each(mutating.flatMap((path) => ['POST', 'PUT', 'PATCH', 'DELETE'].map((m) => [m, path])))(
      `refuses ${name}: %s %s`,
      (method, path) => {
        for (const contentType of [
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json',
          'application/octet-stream',
        ]) {
          const refusal = gate(method!, path!, {
            ...headers,
            'content-type': contentType,
            'content-length': '10',
          });
          expect(refusal?.status).toBe(403);
          expect(refusal?.message).toMatch(/^Refused: /);
        }
      },
    );
  }

  it('never asks where a read comes from', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(gate(method, '/claims', { origin: 'https://attacker.example' })).toBeNull();
    }
  });

  it('on a local `npm start` with no address configured, takes the loopback names only', () => {
    const local = allowedOrigins({ SITE_URL: undefined, BETTER_AUTH_URL: undefined, PORT: 3100 });
    expect([...local]).toEqual([
      'http://localhost:3100',
      'http://127.0.0.1:3100',
      'http://[::1]:3100',
    ]);
    const both = allowedOrigins({
      SITE_URL: 'https://claims.example.org/',
      BETTER_AUTH_URL: 'https://desk.example.org',
      PORT: 3000,
    });
    expect([...both]).toEqual(['https://claims.example.org', 'https://desk.example.org']);
  });
});

describe('the request gate: methods', () => {
  it.each([
    ['TRACE', '/api/claims', 'GET, HEAD, OPTIONS'],
    ['TRACE', '/claims', 'GET, HEAD, OPTIONS, POST'],
    ['TRACK', '/feed.xml', 'GET, HEAD, OPTIONS'],
    ['PROPFIND', '/import/preview', 'OPTIONS, POST'],
    ['DEBUG', '/claims/1', 'GET, HEAD, OPTIONS, POST'],
    ['POST', '/api/claims', 'GET, HEAD, OPTIONS'],
    ['POST', '/claims/export', 'GET, HEAD, OPTIONS'],
    ['PUT', '/claims', 'GET, HEAD, OPTIONS, POST'],
    ['DELETE', '/editor/claims/3', 'GET, HEAD, OPTIONS, POST'],
    ['PATCH', '/sources/4', 'GET, HEAD, OPTIONS, POST'],
    ['GET', '/import/commit', 'OPTIONS, POST'],
    ['POST', '/_next/image', 'GET, HEAD, OPTIONS'],
  ])('answers %s %s with 405 and Allow: %s', (method, path, allow) => {
    const refusal = gate(method, path, ours);
    expect(refusal).toMatchObject({ status: 405, allow });
    expect(refusal?.message).toContain(allow);
  });
});

describe('the request gate: body sizes', () => {
  it('refuses a form or action body over the action limit with a message for the form', () => {
    const refusal = gate('POST', '/editor/claims/3', {
      ...ours,
      'content-length': String(ACTION_BODY_LIMIT_BYTES + 1),
    });
    expect(refusal?.status).toBe(413);
    expect(refusal?.message).toMatch(/^Not sent: the form is larger than 1 MB/);
    expect(
      gate('POST', '/editor/claims/3', {
        ...ours,
        'content-length': String(ACTION_BODY_LIMIT_BYTES),
      }),
    ).toBeNull();
  });

  it('lets an import through up to its limit, and refuses a longer body before anyone reads it', () => {
    const at = (n: number) =>
      gate('POST', '/import/preview', { ...ours, 'content-length': String(n) });
    expect(at(HANDLER_BODY_LIMIT_BYTES)).toBeNull();
    expect(at(HANDLER_BODY_LIMIT_BYTES + 1)?.status).toBe(413);
  });

  it('refuses a body of unknown or nonsense length', () => {
    const chunked = { origin: SITE, 'transfer-encoding': 'chunked' };
    expect(gate('POST', '/import/preview', chunked)?.status).toBe(411);
    expect(gate('POST', '/claims', { origin: SITE, 'content-length': '-1' })?.status).toBe(411);
    expect(gate('POST', '/claims', { origin: SITE, 'content-length': '1e9' })?.status).toBe(411);
    // No body at all: nothing to measure.
    expect(gate('POST', '/claims', { origin: SITE })).toBeNull();
  });

  it('holds next.config.js to the same limits (it cannot import them)', () => {
    const config = createRequire(import.meta.url)('../../next.config.js') as {
      experimental: { serverActions: { bodySizeLimit: number }; proxyClientMaxBodySize: number };
    };
    expect(config.experimental.serverActions.bodySizeLimit).toBe(ACTION_BODY_LIMIT_BYTES);
    expect(config.experimental.proxyClientMaxBodySize).toBe(HANDLER_BODY_LIMIT_BYTES);
  });
});

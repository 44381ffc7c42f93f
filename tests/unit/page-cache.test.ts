import { getSessionCookie } from 'better-auth/cookies';
import { describe, expect, it } from 'vitest';
import { isCacheableResponse, pageCacheKey } from '@/lib/page-cache/cacheable-request';
import { makeStampable, stampPlain } from '@/lib/page-cache/nonce-stamp';
import { PageCache, type CachedPage } from '@/lib/page-cache/page-cache';

const NONCE = 'AAAAAAAAAAAAAAAAAAAAAA';

const page = (body: string, dataVersion = 1): CachedPage => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  page: { pieces: [Buffer.from(body)], deflated: [], bytes: body.length },
  nonce: NONCE,
  dataVersion,
});

const text = (cached: CachedPage | undefined) =>
  cached ? stampPlain(cached.page, NONCE).toString() : undefined;

describe('PageCache', () => {
  it('serves a page only while the data it was rendered from is current', () => {
    const cache = new PageCache(1024);
    cache.observeDataVersion(1);
    cache.set('a', page('<p>Likely</p>'));
    expect(text(cache.get('a'))).toBe('<p>Likely</p>');

    cache.observeDataVersion(2); // someone saved a verdict
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops a page rendered while the data changed under it', () => {
    const cache = new PageCache(1024);
    cache.observeDataVersion(1);
    cache.observeDataVersion(2); // a write landed while version 1's page was rendering
    cache.set('a', page('<p>old</p>', 1));
    expect(cache.get('a')).toBeUndefined();
  });

  it('evicts the least recently used pages to stay within its memory bound', () => {
    const cache = new PageCache(30);
    cache.observeDataVersion(1);
    cache.set('a', page('aaaaaaa')); // 7 bytes
    cache.set('b', page('bbbbbbb'));
    cache.set('c', page('ccccccc'));
    cache.get('a'); // a is now the most recent
    cache.set('d', page('ddddddd')); // 28 bytes: fits
    cache.set('e', page('eeeeeee')); // 35 bytes: b, the least recent, goes
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.totalBytes).toBeLessThanOrEqual(30);
  });

  it('never keeps a page larger than a quarter of its memory', () => {
    const cache = new PageCache(40);
    cache.observeDataVersion(1);
    cache.set('big', page('x'.repeat(11)));
    expect(cache.get('big')).toBeUndefined();
  });
});

describe('pageCacheKey', () => {
  const get = (url: string, headers: Record<string, string> = {}) =>
    pageCacheKey({ method: 'GET', url, headers });

  it('caches the reader pages, keyed by the full URL (one entry serves both encodings)', () => {
    expect(get('/claims?q=troops&verdict=false')).toBe('/claims?q=troops&verdict=false');
    expect(get('/claims/12', { 'accept-encoding': 'gzip, br' })).toBe('/claims/12');
    for (const url of ['/', '/claims', '/sources', '/sources/3']) expect(get(url)).not.toBeNull();
  });

  it('caches the stories list and story pages, but not a story feed', () => {
    for (const url of ['/stories', '/stories?page=2', '/stories/nk-troops?order=oldest']) {
      expect(get(url)).toBe(url);
    }
    expect(get('/stories/%D0%BA%D1%83%D1%80%D1%81%D0%BA')).not.toBeNull();
    expect(get('/stories/nk-troops/feed.xml')).toBeNull();
  });

  it('never answers editors, editor pages, actions, navigation payloads or other methods', () => {
    expect(get('/claims', { cookie: 'theme=dark; better-auth.session_token=abc.def' })).toBeNull();
    expect(get('/claims', { cookie: '__Secure-better-auth.session_token=abc' })).toBeNull();
    expect(get('/claims', { rsc: '1' })).toBeNull();
    expect(get('/claims?_rsc=x1y2')).toBeNull();
    expect(get('/claims', { 'next-router-prefetch': '1' })).toBeNull();
    expect(get('/claims/1', { 'next-action': 'abc' })).toBeNull();
    for (const url of [
      '/editor/claims',
      '/admin/users',
      '/sign-in',
      '/claims/export',
      '/api/claims',
    ]) {
      expect(get(url)).toBeNull();
    }
    expect(pageCacheKey({ method: 'POST', url: '/claims', headers: {} })).toBeNull();
    expect(pageCacheKey({ method: 'HEAD', url: '/claims', headers: {} })).toBeNull();
  });

  it('still caches a reader with unrelated cookies', () => {
    expect(get('/claims', { cookie: 'theme=dark' })).not.toBeNull();
    expect(get('/claims', { cookie: 'session_token=abc; theme=dark' })).not.toBeNull();
  });

  // Every spelling the auth library's cookie parser reads as a session (so the app renders the
  // page for that user) must keep the request away from the cache.
  const SESSION_SPELLINGS = [
    'better-auth.session_token=abc.def',
    'better-auth.session_token =abc.def',
    'better-auth.session_token  =  abc.def',
    ' better-auth.session_token=abc.def',
    'better-auth.session_token\t=abc.def',
    '\tbetter-auth.session_token=abc.def',
    'better-auth.session_token="abc.def"',
    'better-auth.session_token = "abc.def" ',
    'theme=dark;better-auth.session_token=abc.def',
    'theme=dark ;  better-auth.session_token =abc.def',
    'theme=dark; better-auth.session_token=abc%2Edef',
    'better-auth-session_token=abc.def',
    '__Secure-better-auth.session_token=abc.def',
    '__Secure-better-auth.session_token =abc.def',
    '__Secure-better-auth-session_token=abc.def',
    'x=1; y=2; z=3; better-auth.session_token=abc.def; w=4',
    'better-auth.session_token=abc.def; better-auth.session_token=other',
    'better%2Dauth.session_token=abc.def',
    'Better-Auth.Session_Token=abc.def',
  ];

  it.each(SESSION_SPELLINGS)('never answers a request whose cookie reads %j', (cookie) => {
    expect(get('/claims', { cookie })).toBeNull();
    expect(get('/claims/7', { cookie: [cookie] as unknown as string })).toBeNull();
  });

  it('agrees with the auth library on every spelling it reads as a session', () => {
    for (const cookie of SESSION_SPELLINGS) {
      if (getSessionCookie(new Headers({ cookie })) !== null) {
        expect(get('/claims', { cookie }), cookie).toBeNull();
      }
    }
    // The corpus exercises the library's parser, not only our own fallback.
    expect(
      SESSION_SPELLINGS.filter((cookie) => getSessionCookie(new Headers({ cookie })) !== null)
        .length,
    ).toBeGreaterThan(10);
  });
});

describe('isCacheableResponse', () => {
  const csp = { 'content-security-policy': `script-src 'nonce-${NONCE}'` };
  it("keeps only successful HTML with the site's policy that sets no cookie", () => {
    expect(isCacheableResponse(200, { ...csp, 'content-type': 'text/html; charset=utf-8' })).toBe(
      true,
    );
    expect(isCacheableResponse(404, { ...csp, 'content-type': 'text/html' })).toBe(false);
    expect(isCacheableResponse(200, { ...csp, 'content-type': 'application/json' })).toBe(false);
    expect(
      isCacheableResponse(200, { ...csp, 'content-type': 'text/html', 'set-cookie': ['a=b'] }),
    ).toBe(false);
    expect(isCacheableResponse(200, { 'content-type': 'text/html' })).toBe(false);
  });

  it('stores pages as pieces around their nonce', () => {
    const stored = makeStampable(Buffer.from(`<script nonce="${NONCE}"></script>`), NONCE);
    expect(stored.pieces.map(String)).toEqual(['<script nonce="', '"></script>']);
  });
});

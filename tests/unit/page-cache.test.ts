import { describe, expect, it } from 'vitest';
import { isCacheableResponse, pageCacheKey } from '@/lib/page-cache/cacheable-request';
import { PageCache, type CachedPage } from '@/lib/page-cache/page-cache';

const page = (body: string, dataVersion = 1): CachedPage => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: Buffer.from(body),
  dataVersion,
});

describe('PageCache', () => {
  it('serves a page only while the data it was rendered from is current', () => {
    const cache = new PageCache(1024);
    cache.observeDataVersion(1);
    cache.set('a', page('<p>Likely</p>'));
    expect(cache.get('a')?.body.toString()).toBe('<p>Likely</p>');

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

  it('caches the reader pages, keyed by the full URL and the encoding', () => {
    expect(get('/claims?q=troops&verdict=false')).toBe('identity /claims?q=troops&verdict=false');
    expect(get('/claims/12', { 'accept-encoding': 'gzip, br' })).toBe('gzip /claims/12');
    for (const url of ['/', '/claims', '/sources', '/sources/3']) expect(get(url)).not.toBeNull();
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
  });
});

describe('isCacheableResponse', () => {
  it('keeps only successful HTML that sets no cookie', () => {
    expect(isCacheableResponse(200, { 'content-type': 'text/html; charset=utf-8' })).toBe(true);
    expect(isCacheableResponse(404, { 'content-type': 'text/html' })).toBe(false);
    expect(isCacheableResponse(200, { 'content-type': 'application/json' })).toBe(false);
    expect(isCacheableResponse(200, { 'content-type': 'text/html', 'set-cookie': ['a=b'] })).toBe(
      false,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER_SIGN_IN, safeNextPath } from '@/lib/auth/safe-next-path';

const SITE = 'https://claims.example.org';

/** Where a browser on this site goes when it follows `Location: <path>`. */
function followedFrom(path: string): string {
  return new URL(path, `${SITE}/sign-in`).origin;
}

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeNextPath('/admin/users')).toBe('/admin/users');
    expect(safeNextPath('/claims?q=troops&page=2#list')).toBe('/claims?q=troops&page=2#list');
    expect(safeNextPath('/')).toBe('/');
  });

  it.each([
    undefined,
    null,
    42,
    ['/claims'],
    '',
    'claims',
    'https://evil.example/',
    '//evil.example/path',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/claims\\..\\x',
    'javascript:alert(1)',
    '/\tevil',
    '/\nSet-Cookie:x',
    `/${'a'.repeat(2100)}`,
    '/sign-in',
    '/sign-in?next=/claims',
    '/%73ign-in',
    '/SIGN-IN/',
  ])('falls back to the default for %j', (raw) => {
    expect(safeNextPath(raw)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  // Spellings that resolve to a path starting with `//` (another host to a browser).
  it.each([
    '/.//evil.example',
    '/./\u002f/evil.example',
    '/.//evil.example/claims?x=1#y',
    '/..//evil.example',
    '/../..//evil.example',
    '/a/..//evil.example',
    '/a/b/../..//evil.example',
    '/%2e//evil.example',
    '/%2E//evil.example',
    '/%2e%2e//evil.example',
    '/a/%2e%2e//evil.example',
    '/.%2e//evil.example',
    '/././/evil.example',
    '/.///evil.example',
    '/.//\\evil.example',
    '/.//%5cevil.example',
    '/.//evil.example:443',
    '/.//user@evil.example',
  ])('never leaves the site for %j', (raw) => {
    const next = safeNextPath(raw);
    expect(next.startsWith('//')).toBe(false);
    expect(followedFrom(next)).toBe(SITE);
  });

  it('keeps percent-encoded characters encoded, so they stay inside the path', () => {
    expect(safeNextPath('/%0d%0aSet-Cookie:x')).toBe('/%0d%0aSet-Cookie:x');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/claims/../admin/users')).toBe('/admin/users');
    expect(safeNextPath('/../../etc')).toBe('/etc');
    expect(safeNextPath('/./claims')).toBe('/claims');
  });
});

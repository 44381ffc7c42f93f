import { describe, expect, it } from 'vitest';
import { DEFAULT_AFTER_SIGN_IN, safeNextPath } from '@/lib/auth/safe-next-path';

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
  ])('falls back to the default for %j', (raw) => {
    expect(safeNextPath(raw)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it('keeps percent-encoded characters encoded, so they stay inside the path', () => {
    expect(safeNextPath('/%0d%0aSet-Cookie:x')).toBe('/%0d%0aSet-Cookie:x');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/claims/../admin/users')).toBe('/admin/users');
    expect(safeNextPath('/../../etc')).toBe('/etc');
  });
});

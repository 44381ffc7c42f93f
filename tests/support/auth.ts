/**
 * Builders for the auth integration tests: accounts made through the same function the CLI uses,
 * request headers with a client IP of their own (failed sign-ins are counted per address, so tests
 * that do not test it never share a bucket), and the cookie a browser would send back.
 */
import type { Role } from '@/lib/auth/actor';
import { createUserAccount } from '@/lib/auth/users/create-user-account';
import { testDb, unique } from './factories';

export const TEST_PASSWORD = 'correct horse battery staple';

let ipCounter = 0;
/** A fresh client address per call, e.g. 10.0.3.7. */
export function uniqueIp(): string {
  ipCounter += 1;
  const n = (process.pid % 200) * 65_536 + ipCounter;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export function requestHeaders(options: { ip?: string; cookie?: string; https?: boolean } = {}) {
  const headers = new Headers({ 'x-forwarded-for': options.ip ?? uniqueIp() });
  if (options.cookie) headers.set('cookie', options.cookie);
  if (options.https) headers.set('x-forwarded-proto', 'https');
  return headers;
}

export async function createAccount(
  options: { role?: Role; password?: string; email?: string; name?: string } = {},
) {
  const label = unique('user').replace(/\s+/g, '-').toLowerCase();
  const password = options.password ?? TEST_PASSWORD;
  const user = await createUserAccount(testDb, {
    name: options.name ?? `Test ${label}`,
    email: options.email ?? `${label}@example.org`,
    role: options.role ?? 'editor',
    password,
  });
  return { ...user, password };
}

/** "name=value; name2=value2" from Set-Cookie headers, as a browser would send them back. */
export function cookieHeader(setCookies: readonly string[]): string {
  return setCookies
    .map((header) => header.split(';')[0] ?? '')
    .filter((pair) => pair.length > 0 && !pair.endsWith('='))
    .join('; ');
}

export function sessionCount(userId: string): Promise<number> {
  return testDb.session.count({ where: { userId } });
}

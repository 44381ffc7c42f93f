import { describe, expect, it } from 'vitest';
import { ARGON2_OPTIONS, hashPassword, verifyPassword } from '@/lib/auth/password';
import {
  newPasswordSchema,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@/lib/auth/password-rules';
import { SignInSchema } from '@/lib/auth/sign-in-schema';

describe('password length rules', () => {
  it('accepts 8 to 128 characters and says why otherwise', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
    expect(newPasswordSchema.safeParse('a'.repeat(8)).success).toBe(true);
    expect(newPasswordSchema.safeParse('a'.repeat(128)).success).toBe(true);
    const short = newPasswordSchema.safeParse('a'.repeat(7));
    expect(short.error?.issues[0]?.message).toBe('Use at least 8 characters.');
    const long = newPasswordSchema.safeParse('a'.repeat(129));
    expect(long.error?.issues[0]?.message).toBe('Use at most 128 characters.');
  });

  it('keeps spaces: a password is never trimmed or truncated', () => {
    expect(newPasswordSchema.parse('  spaced out  ')).toBe('  spaced out  ');
  });

  it('refuses a 129-character password at sign-in with the same message', () => {
    const result = SignInSchema.safeParse({ email: 'a@example.org', password: 'x'.repeat(129) });
    expect(result.error?.issues[0]?.message).toBe('Use at most 128 characters.');
    expect(
      SignInSchema.safeParse({ email: 'a@example.org', password: 'x'.repeat(128) }).success,
    ).toBe(true);
  });
});

describe('argon2id hashing', () => {
  it('uses OWASP minimum parameters: 19 MiB, 2 iterations, 1 lane', async () => {
    expect(ARGON2_OPTIONS).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const hash = await hashPassword('a fine password');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(hash).toContain('m=19456,t=2,p=1');
  });

  it('salts every hash and verifies only the right password', async () => {
    const [a, b] = await Promise.all([
      hashPassword('same password'),
      hashPassword('same password'),
    ]);
    expect(a).not.toBe(b);
    expect(await verifyPassword({ hash: a, password: 'same password' })).toBe(true);
    expect(await verifyPassword({ hash: a, password: 'same passworD' })).toBe(false);
  });

  it('hashes the whole of a 128-character password', async () => {
    const long = 'p'.repeat(127);
    const hash = await hashPassword(`${long}A`);
    expect(await verifyPassword({ hash, password: `${long}B` })).toBe(false);
    expect(await verifyPassword({ hash, password: `${long}A` })).toBe(true);
  });

  it('treats composed and decomposed accents alike', async () => {
    const hash = await hashPassword('caf\u00e9 au lait');
    expect(await verifyPassword({ hash, password: 'cafe\u0301 au lait' })).toBe(true);
  });

  it('answers false, never throws, for a hash that is not argon2', async () => {
    expect(await verifyPassword({ hash: 'not-a-hash', password: 'whatever1' })).toBe(false);
  });
});

import '../support/auth-env';
import { describe, expect, it } from 'vitest';
import { authFor } from '@/lib/auth/auth';
import { FAILED_SIGN_IN_MIN_MS, SIGN_IN_FAILED, signInWithPassword } from '@/lib/auth/sign-in';
import { disableUser } from '@/lib/auth/users/set-user-status';
import { createAccount, requestHeaders, sessionCount, TEST_PASSWORD } from '../support/auth';
import { testDb } from '../support/factories';

/** The error better-auth's API throws, as {status, message}. */
async function apiFailure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const e = error as { statusCode?: number; message?: string; body?: { message?: string } };
    return { status: e.statusCode, message: e.body?.message ?? e.message };
  }
  throw new Error('expected the call to fail');
}

describe('sign-in through auth.api.signInEmail', () => {
  it('signs in with the right password and stores the session in the database', async () => {
    const user = await createAccount();
    const headers = requestHeaders();
    const result = await authFor(headers).api.signInEmail({
      body: { email: user.email, password: user.password },
      headers,
    });
    expect(result.user.id).toBe(user.id);
    expect(await testDb.session.findUnique({ where: { token: result.token } })).toMatchObject({
      userId: user.id,
    });
  });

  it('accepts the email in any case', async () => {
    const user = await createAccount();
    const headers = requestHeaders();
    const result = await authFor(headers).api.signInEmail({
      body: { email: user.email.toUpperCase(), password: user.password },
      headers,
    });
    expect(result.user.id).toBe(user.id);
  });

  it('gives the same message for an unknown email, a wrong password and a disabled account', async () => {
    const user = await createAccount();
    const disabled = await createAccount();
    const admin = await createAccount({ role: 'admin' });
    await disableUser(admin, { userId: disabled.id });
    const headers = requestHeaders();
    const api = authFor(headers).api;

    const unknown = await apiFailure(
      api.signInEmail({ body: { email: 'nobody@example.org', password: TEST_PASSWORD }, headers }),
    );
    const wrong = await apiFailure(
      api.signInEmail({ body: { email: user.email, password: 'wrong password' }, headers }),
    );
    const banned = await apiFailure(
      api.signInEmail({ body: { email: disabled.email, password: disabled.password }, headers }),
    );
    expect(unknown.message).toBe(wrong.message);
    expect(banned.message).toBe(SIGN_IN_FAILED);
    expect(await sessionCount(disabled.id)).toBe(0);
  });

  it('rejects a 129-character password and accepts a 128-character one', async () => {
    const password = 'x'.repeat(128);
    const user = await createAccount({ password });
    const headers = requestHeaders();
    const api = authFor(headers).api;
    const ok = await api.signInEmail({ body: { email: user.email, password }, headers });
    expect(ok.user.id).toBe(user.id);
    const tooLong = await apiFailure(
      api.signInEmail({ body: { email: user.email, password: `${password}x` }, headers }),
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.message).toMatch(/too long/i);
  });
});

describe('signInWithPassword (the sign-in form)', () => {
  it('answers "invalid" alike for unknown email, wrong password and disabled account', async () => {
    const user = await createAccount();
    const disabled = await createAccount();
    const admin = await createAccount({ role: 'admin' });
    await disableUser(admin, { userId: disabled.id });
    const attempts = [
      { email: 'nobody@example.org', password: TEST_PASSWORD },
      { email: user.email, password: 'wrong password' },
      { email: disabled.email, password: disabled.password },
    ];
    for (const attempt of attempts) {
      const started = performance.now();
      expect(await signInWithPassword({ ...attempt, headers: requestHeaders() })).toEqual({
        ok: false,
        reason: 'invalid',
      });
      // One fixed floor for all three, well above the few milliseconds that set them apart.
      expect(performance.now() - started).toBeGreaterThanOrEqual(FAILED_SIGN_IN_MIN_MS - 1);
    }
  });

  it('sets an httpOnly, SameSite=Lax session cookie, Secure only over https', async () => {
    const user = await createAccount();
    const plain = await signInWithPassword({ ...user, headers: requestHeaders() });
    if (!plain.ok) throw new Error('sign-in failed');
    const cookie = plain.setCookies.find((c) => c.startsWith('better-auth.session_token='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    const https = await signInWithPassword({ ...user, headers: requestHeaders({ https: true }) });
    if (!https.ok) throw new Error('sign-in failed');
    const secure = https.setCookies.find((c) =>
      c.startsWith('__Secure-better-auth.session_token='),
    );
    expect(secure).toMatch(/; Secure/);
    expect(secure).toMatch(/HttpOnly/);
  });
});

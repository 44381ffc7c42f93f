import 'server-only';
import { authFor } from './auth';

export { SIGN_IN_FAILED, SIGN_IN_RATE_LIMITED } from './sign-in-messages';

/**
 * A failed attempt answers no sooner than this after it started. Each failure costs one Argon2
 * computation (about 30 ms here), but the database work around it differs by a few milliseconds
 * between an unknown email, a wrong password and a disabled account (measured: medians 44, 50
 * and 51 ms); the floor hides that difference behind one fixed duration.
 */
export const FAILED_SIGN_IN_MIN_MS = 250;

async function waitUntil(time: number): Promise<void> {
  const remaining = time - performance.now();
  if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
}

export type SignInResult =
  | { ok: true; userId: string; setCookies: string[] }
  | { ok: false; reason: 'invalid' | 'rate-limited' };

/**
 * Signs in with email and password, for the sign-in form's server action (which then copies
 * `setCookies` into the response) and for tests.
 *
 * It sends an internal request through better-auth's HTTP handler rather than calling
 * `auth.api.signInEmail` directly: better-auth applies its rate limiter only on the handler path
 * ("server-side requests made using auth.api aren't affected by rate limiting"), and sign-in is
 * the endpoint that must be limited. The request carries only what the limiter and the session
 * need: the client IP as the incoming request gave it (X-Forwarded-For, which Next.js fills
 * from the connection when no proxy set it) and the user agent. It carries no cookie; the
 * server action in front of it already passed Next.js's own same-origin check.
 *
 * Unknown email, wrong password and disabled account cost one Argon2 computation each
 * (better-auth hashes the typed password when the email is unknown; a disabled user's password
 * is verified before the admin plugin refuses the session), all come back as 'invalid', and
 * none of them answers sooner than FAILED_SIGN_IN_MIN_MS.
 */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  headers: Headers;
}): Promise<SignInResult> {
  const started = performance.now();
  const auth = authFor(input.headers);
  const { baseURL } = await auth.$context;
  const forwarded = new Headers({ 'content-type': 'application/json' });
  for (const name of ['x-forwarded-for', 'user-agent']) {
    const value = input.headers.get(name);
    if (value) forwarded.set(name, value);
  }
  const response = await auth.handler(
    new Request(`${baseURL}/sign-in/email`, {
      method: 'POST',
      headers: forwarded,
      body: JSON.stringify({ email: input.email, password: input.password, rememberMe: true }),
    }),
  );

  if (response.status === 429) return { ok: false, reason: 'rate-limited' };
  if (response.status >= 500) {
    throw new Error(`Sign-in failed with status ${response.status}: ${await response.text()}`);
  }
  if (!response.ok) {
    await waitUntil(started + FAILED_SIGN_IN_MIN_MS);
    return { ok: false, reason: 'invalid' };
  }
  const body = (await response.json()) as { user?: { id?: unknown } };
  if (typeof body.user?.id !== 'string') throw new Error('Sign-in answered without a user.');
  return { ok: true, userId: body.user.id, setCookies: response.headers.getSetCookie() };
}

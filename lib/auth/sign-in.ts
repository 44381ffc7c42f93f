import 'server-only';
import { authFor, isHttpsRequest } from './auth';
import { deviceCookieHeader, trustedDevice } from './sign-in-device';
import {
  recordSignInSuccess,
  releaseSignInAttempt,
  reserveSignInAttempt,
  type ThrottleOptions,
} from './sign-in-throttle';

export { SIGN_IN_FAILED, signInThrottledMessage } from './sign-in-messages';

/**
 * A failed or refused attempt answers no sooner than this after it started. Each failure costs
 * one Argon2 computation (about 30 ms here), but the database work around it differs by a few
 * milliseconds between an unknown email, a wrong password and a disabled account (measured:
 * medians 44, 50 and 51 ms); the floor hides that difference behind one fixed duration. An
 * attempt refused by the failed-sign-in limits does no Argon2 work and waits for the floor too.
 */
export const FAILED_SIGN_IN_MIN_MS = 250;

async function waitUntil(time: number): Promise<void> {
  // A timer runs on the event loop's clock, whole milliseconds cached once per loop turn, so it
  // can fire up to ~1 ms before `time` on performance.now() (a CI run measured 248.9 of 250 ms):
  // wait again until the time has really passed.
  for (
    let remaining = time - performance.now();
    remaining > 0;
    remaining = time - performance.now()
  ) {
    await new Promise((resolve) => setTimeout(resolve, Math.ceil(remaining)));
  }
}

export type SignInResult =
  | { ok: true; userId: string; setCookies: string[] }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate-limited'; retryAfterMs: number };

/**
 * Signs in with email and password, for the sign-in form's server action (which then copies
 * `setCookies` into the response) and for tests.
 *
 * First the failed-sign-in limits (lib/auth/sign-in-throttle.ts) decide, per account and per
 * client address — or per device, when the request carries a device cookie issued to this
 * account (lib/auth/sign-in-device.ts) — before any password is checked: a refused attempt
 * costs no Argon2 work and answers 'rate-limited' with the time until it may be tried again.
 * Otherwise the attempt is counted as a failure and an internal request goes through
 * better-auth's HTTP handler (the same path a browser's request would take; better-auth's own
 * limiter is off for it, lib/auth/auth.ts); a successful sign-in takes the count back and adds
 * a new device cookie to `setCookies`. The internal request carries only the client address
 * (X-Forwarded-For, which the server sets from the connection, see scripts/serve-worker.ts) and
 * the user agent, both recorded with the session. It carries no cookie; the server action in
 * front of it already passed the request gate's same-origin check (lib/http/request-gate.ts).
 *
 * Unknown email, wrong password and disabled account cost one Argon2 computation each
 * (better-auth hashes the typed password when the email is unknown; a disabled user's password
 * is verified before the admin plugin refuses the session), all come back as 'invalid', and
 * none of them answers sooner than FAILED_SIGN_IN_MIN_MS.
 */
export async function signInWithPassword(
  input: { email: string; password: string; headers: Headers },
  throttle: ThrottleOptions = {},
): Promise<SignInResult> {
  const started = performance.now();
  const decision = await reserveSignInAttempt(
    {
      email: input.email,
      address: requestAddress(input.headers),
      device: trustedDevice(input.headers, input.email),
    },
    throttle,
  );
  if (!decision.allowed) {
    await waitUntil(started + FAILED_SIGN_IN_MIN_MS);
    return { ok: false, reason: 'rate-limited', retryAfterMs: decision.retryAfterMs };
  }

  let response: Response;
  try {
    response = await requestSignIn(input);
    if (response.status >= 500) {
      throw new Error(`Sign-in failed with status ${response.status}: ${await response.text()}`);
    }
  } catch (error) {
    await releaseSignInAttempt(decision.attempt, throttle);
    throw error;
  }
  if (!response.ok) {
    await waitUntil(started + FAILED_SIGN_IN_MIN_MS);
    return { ok: false, reason: 'invalid' };
  }
  const body = (await response.json()) as { user?: { id?: unknown } };
  if (typeof body.user?.id !== 'string') throw new Error('Sign-in answered without a user.');
  await recordSignInSuccess(decision.attempt, throttle);
  return {
    ok: true,
    userId: body.user.id,
    setCookies: [
      ...response.headers.getSetCookie(),
      deviceCookieHeader(input.email, isHttpsRequest(input.headers)),
    ],
  };
}

/**
 * The client address the server put in X-Forwarded-For (scripts/serve-worker.ts writes exactly
 * one). Should a chain arrive anyway, the rightmost entry is the one added by the nearest hop,
 * the only one a client cannot choose.
 */
function requestAddress(headers: Headers): string {
  const chain = (headers.get('x-forwarded-for') ?? '').split(',');
  return chain[chain.length - 1]?.trim() || 'unknown';
}

async function requestSignIn(input: {
  email: string;
  password: string;
  headers: Headers;
}): Promise<Response> {
  const auth = authFor(input.headers);
  const { baseURL } = await auth.$context;
  const forwarded = new Headers({ 'content-type': 'application/json' });
  for (const name of ['x-forwarded-for', 'user-agent']) {
    const value = input.headers.get(name);
    if (value) forwarded.set(name, value);
  }
  return auth.handler(
    new Request(`${baseURL}/sign-in/email`, {
      method: 'POST',
      headers: forwarded,
      body: JSON.stringify({ email: input.email, password: input.password, rememberMe: true }),
    }),
  );
}

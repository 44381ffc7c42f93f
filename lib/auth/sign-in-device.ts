import 'server-only';
import crypto from 'node:crypto';
import { parseCookies } from 'better-auth/cookies';
import { env } from '@/lib/env';
import { resolveAuthSecret } from './secret';
import { signInAccountKey } from './sign-in-throttle';

/**
 * The device cookie (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser
 * that has signed in to an account before carries proof of it, so guesses from elsewhere that
 * lock the account do not lock its owner out. Its attempts are limited per device instead
 * (lib/auth/sign-in-throttle.ts). Only sent to the sign-in page (Path=/sign-in), where the
 * form's server action reads it; it grants nothing but that.
 */
export const DEVICE_COOKIE = 'claimtrack.sign-in-device';
const MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

let key: Buffer | undefined;

/** A key of its own, derived from the auth secret, so a device cookie is no session signature. */
function deviceKey(): Buffer {
  key ??= crypto
    .createHmac('sha256', resolveAuthSecret({ envSecret: env.BETTER_AUTH_SECRET }))
    .update('claimtrack sign-in device cookie')
    .digest();
  return key;
}

function signature(account: string, device: string): Buffer {
  return crypto.createHmac('sha256', deviceKey()).update(`${account}\n${device}`).digest();
}

/**
 * The device id in the request's device cookie if that cookie was issued to `email`'s account
 * by this site; otherwise (no cookie, another account's, altered, another site's secret) null.
 */
export function trustedDevice(headers: Headers, email: string): string | null {
  const value = parseCookies(headers.get('cookie') ?? '').get(DEVICE_COOKIE);
  const [device, mac, extra] = value?.split('.') ?? [];
  if (!device || !mac || extra !== undefined) return null;
  const given = Buffer.from(mac, 'base64url');
  const expected = signature(signInAccountKey(email), device);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
    ? device
    : null;
}

/** A Set-Cookie header giving this browser a new device id for `email`'s account. */
export function deviceCookieHeader(email: string, secure: boolean): string {
  const device = crypto.randomBytes(16).toString('base64url');
  const mac = signature(signInAccountKey(email), device).toString('base64url');
  return [
    `${DEVICE_COOKIE}=${device}.${mac}`,
    'Path=/sign-in',
    `Max-Age=${MAX_AGE_SECONDS}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

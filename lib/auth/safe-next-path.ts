/** Where signing in leads when no (valid) `next` path was given. */
export const DEFAULT_AFTER_SIGN_IN = '/claims';

const ORIGIN = 'http://claimtrack.invalid';

/**
 * Turns the `next` parameter of the sign-in page into a path on this site, or the default.
 * Only a path that starts with exactly one "/" passes: "//evil.example" and "/\evil.example"
 * (which browsers read as another host), absolute URLs, backslashes and control characters are
 * refused, and the result is re-derived from a parsed URL so it cannot leave this origin.
 */
export function safeNextPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048)
    return DEFAULT_AFTER_SIGN_IN;
  if (!raw.startsWith('/') || raw.startsWith('//')) return DEFAULT_AFTER_SIGN_IN;
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return DEFAULT_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(raw, ORIGIN);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (url.origin !== ORIGIN) return DEFAULT_AFTER_SIGN_IN;
  // Back to the sign-in page would be a loop.
  if (url.pathname === '/sign-in' || url.pathname.startsWith('/sign-in/')) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

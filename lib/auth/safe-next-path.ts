/** Where signing in leads when no (valid) `next` path was given. */
export const DEFAULT_AFTER_SIGN_IN = '/claims';

// Any origin will do: only whether the target stays on it matters, and the answer is a path.
const ORIGIN = 'http://claimtrack.invalid';

/**
 * Turns the `next` parameter of the sign-in page into a path on this site, or the default.
 *
 * The target is resolved against the site's origin with the URL parser (as a browser would
 * resolve it) and kept only if it stays on that origin. The path that comes out is checked the
 * same way again, because resolving changes it: dot segments collapse (`/.//evil.example` and
 * `/a/..//evil.example` become `//evil.example`) and percent-encoded dots count as dots
 * (`/%2e//evil.example`). A result that starts with `//` or `/\` would be read by the browser
 * as another host in a Location header, so it is refused. Absolute URLs, backslashes and
 * control characters (which the parser drops or reads as slashes) are refused outright.
 */
export function safeNextPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (!raw.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(raw)) return DEFAULT_AFTER_SIGN_IN;
  const resolved = stayOnSite(raw);
  if (resolved === null) return DEFAULT_AFTER_SIGN_IN;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // The path must mean itself again: a Location of `//host…` leaves the site.
  if (/^\/[/\\]/.test(path) || stayOnSite(path)?.href !== resolved.href) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  // Back to the sign-in page would be a loop (also when spelled with escapes).
  if (/^\/sign-in(?:\/|$)/i.test(decodePath(resolved.pathname))) return DEFAULT_AFTER_SIGN_IN;
  return path;
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function stayOnSite(target: string): URL | null {
  try {
    const url = new URL(target, ORIGIN);
    return url.origin === ORIGIN ? url : null;
  } catch {
    return null;
  }
}

import type { IncomingHttpHeaders } from 'node:http';
import { getSessionCookie } from 'better-auth/cookies';

/**
 * Which requests the page cache may answer: a plain GET of a reader page by someone without a
 * session. Everything else — editors (their header shows who is signed in, and they may see
 * drafts), the editor and admin pages, server actions, client-side navigation payloads (RSC),
 * prefetches, the API, exports — goes straight to Next.js.
 */
// Story slugs: lower-case letters and digits of any script, percent-encoded in the URL.
const READER_PAGE =
  /^\/(?:claims(?:\/\d+)?|sources(?:\/\d+)?|stories(?:\/[a-z0-9A-F%-]{1,600})?)?$/;

export interface RequestLike {
  method?: string | undefined;
  url?: string | undefined;
  headers: IncomingHttpHeaders;
}

/**
 * Whether the app could treat this request as signed in: decided by the auth library's own
 * cookie parser (the one lib/auth/session.ts asks first), so every spelling it accepts — spaces
 * around `=`, quotes, the `__Secure-` prefix, `-` for `.` — keeps the request away from the
 * cache. A cookie header that only might be a session (any cookie of the auth library's) counts.
 */
export function mayBeSignedIn(cookie: string | string[] | undefined): boolean {
  if (cookie === undefined) return false;
  const value = Array.isArray(cookie) ? cookie.join('; ') : cookie;
  if (value === '') return false;
  if (getSessionCookie(new Headers({ cookie: value })) !== null) return true;
  return /better-auth/i.test(decodeSafely(value));
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The cache key of a request, or null when the cache must not answer it. */
export function pageCacheKey(req: RequestLike): string | null {
  if (req.method !== 'GET' || !req.url) return null;
  const h = req.headers;
  if (
    h.rsc ||
    h['next-router-prefetch'] ||
    h['next-router-segment-prefetch'] ||
    h['next-action'] ||
    h['next-router-state-tree']
  ) {
    return null;
  }
  if (mayBeSignedIn(h.cookie)) return null;
  const query = req.url.indexOf('?');
  const path = query === -1 ? req.url : req.url.slice(0, query);
  if (!READER_PAGE.test(path)) return null;
  if (query !== -1 && /(?:^|&)_rsc=/.test(req.url.slice(query + 1))) return null;
  return req.url;
}

/** Whether the client takes a gzip body (the page cache keeps pages ready in both forms). */
export function acceptsGzip(headers: IncomingHttpHeaders): boolean {
  return /\bgzip\b/.test(String(headers['accept-encoding'] ?? ''));
}

/**
 * Only a complete, successful, cookie-free HTML page that carries the site's
 * Content-Security-Policy is kept (the policy's nonce is renewed on every hit).
 */
export function isCacheableResponse(status: number, headers: Record<string, unknown>): boolean {
  if (status !== 200 || headers['set-cookie'] !== undefined) return false;
  if (typeof headers['content-security-policy'] !== 'string') return false;
  return String(headers['content-type'] ?? '').startsWith('text/html');
}

import type { IncomingHttpHeaders } from 'node:http';

/**
 * Which requests the page cache may answer: a plain GET of a reader page by someone without a
 * session. Everything else — editors (their header shows who is signed in, and they may see
 * drafts), the editor and admin pages, server actions, client-side navigation payloads (RSC),
 * prefetches, the API, exports — goes straight to Next.js.
 */
const READER_PAGE = /^\/(?:claims(?:\/\d+)?|sources(?:\/\d+)?)?$/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;

export interface RequestLike {
  method?: string | undefined;
  url?: string | undefined;
  headers: IncomingHttpHeaders;
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
  if (h.cookie && SESSION_COOKIE.test(h.cookie)) return null;
  const query = req.url.indexOf('?');
  const path = query === -1 ? req.url : req.url.slice(0, query);
  if (!READER_PAGE.test(path)) return null;
  if (query !== -1 && /(?:^|&)_rsc=/.test(req.url.slice(query + 1))) return null;
  // Compressed and plain bodies are different bytes: the encoding is part of the key.
  const gzip = /\bgzip\b/.test(String(h['accept-encoding'] ?? ''));
  return `${gzip ? 'gzip' : 'identity'} ${req.url}`;
}

/** Only a complete, successful, cookie-free HTML page is kept. */
export function isCacheableResponse(status: number, headers: Record<string, unknown>): boolean {
  if (status !== 200 || headers['set-cookie'] !== undefined) return false;
  return String(headers['content-type'] ?? '').startsWith('text/html');
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { createNonce, policyNonce } from '@/lib/http/content-security-policy';
import { acceptsGzip, isCacheableResponse, pageCacheKey } from './cacheable-request';
import { captureResponse, type CapturedResponse } from './capture-response';
import { decodeBody, makeStampable, stampGzip, stampPlain } from './nonce-stamp';
import type { CachedPage, PageCache } from './page-cache';
import { withRenderRecord, type RenderRecord } from './signed-in-render';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** The response header that says whether a page came from the cache (`hit`) or was rendered. */
export const CACHE_HEADER = 'x-claimtrack-cache';

/**
 * Wraps Next.js's request handler: answers a reader page from the cache when the content has
 * not changed since it was rendered (lib/db/content-version.ts, checked on every request, so a
 * write through any server is seen by all), otherwise lets Next.js render it and keeps the
 * result — unless the render found a signed-in user (signed-in-render.ts). Every hit goes out
 * with a new CSP nonce (nonce-stamp.ts), in gzip when the reader takes it.
 */
export function withPageCache(
  handler: RequestHandler,
  cache: PageCache,
  readContentVersion: () => number | Promise<number>,
): RequestHandler {
  return async (req, res) => {
    const key = pageCacheKey(req);
    if (key === null) return handler(req, res);

    let version: number;
    try {
      // Read before rendering: a page stored under this version is at least this fresh, and a
      // render that raced a commit is stored under the older version, which that commit ended.
      version = await readContentVersion();
    } catch {
      // The database did not answer: render without the cache (the render says what failed).
      return handler(req, res);
    }
    cache.observeDataVersion(version);
    const hit = cache.get(key);
    if (hit) {
      sendHit(res, hit, acceptsGzip(req.headers));
      return;
    }
    res.setHeader(CACHE_HEADER, 'miss');
    const record: RenderRecord = { signedIn: false };
    captureResponse(res, cache.maxEntryBytes, (response) => {
      if (record.signedIn || !isCacheableResponse(response.status, response.headers)) return;
      const page = storable(response, version);
      if (page) cache.set(key, page);
    });
    return withRenderRecord(record, () => handler(req, res));
  };
}

function storable(response: CapturedResponse, dataVersion: number): CachedPage | null {
  const { 'content-encoding': encoding, ...headers } = response.headers;
  const nonce = policyNonce(String(headers['content-security-policy']));
  const plain = decodeBody(response.body, typeof encoding === 'string' ? encoding : undefined);
  if (!nonce || !plain) return null;
  return {
    status: response.status,
    headers,
    page: makeStampable(plain, nonce),
    nonce,
    dataVersion,
  };
}

function sendHit(res: ServerResponse, hit: CachedPage, gzip: boolean): void {
  const nonce = createNonce();
  const body = gzip ? stampGzip(hit.page, nonce) : stampPlain(hit.page, nonce);
  const headers: Record<string, string | string[]> = {
    ...hit.headers,
    'content-security-policy': String(hit.headers['content-security-policy']).replaceAll(
      hit.nonce,
      nonce,
    ),
    [CACHE_HEADER]: 'hit',
    'content-length': String(body.length),
  };
  if (gzip) headers['content-encoding'] = 'gzip';
  // One entry answers both encodings, whichever the render was asked for.
  const vary = String(headers.vary ?? '');
  if (!/accept-encoding/i.test(vary))
    headers.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  res.writeHead(hit.status, headers);
  res.end(body);
}

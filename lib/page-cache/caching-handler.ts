import type { IncomingMessage, ServerResponse } from 'node:http';
import { isCacheableResponse, pageCacheKey } from './cacheable-request';
import { captureResponse } from './capture-response';
import type { PageCache } from './page-cache';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** The response header that says whether a page came from the cache (`hit`) or was rendered. */
export const CACHE_HEADER = 'x-claimtrack-cache';

/**
 * Wraps Next.js's request handler: answers a reader page from the cache when the data has not
 * changed since it was rendered, otherwise lets Next.js render it and keeps the result.
 */
export function withPageCache(
  handler: RequestHandler,
  cache: PageCache,
  readDataVersion: () => number,
): RequestHandler {
  return (req, res) => {
    const key = pageCacheKey(req);
    if (key === null) return handler(req, res);

    // Read before rendering: a page stamped with this version is at least this fresh.
    const version = readDataVersion();
    cache.observeDataVersion(version);
    const hit = cache.get(key);
    if (hit) {
      res.writeHead(hit.status, {
        ...hit.headers,
        [CACHE_HEADER]: 'hit',
        'content-length': String(hit.body.length),
      });
      res.end(hit.body);
      return;
    }
    res.setHeader(CACHE_HEADER, 'miss');
    captureResponse(res, cache.maxEntryBytes, (response) => {
      if (isCacheableResponse(response.status, response.headers)) {
        cache.set(key, { ...response, dataVersion: version });
      }
    });
    return handler(req, res);
  };
}

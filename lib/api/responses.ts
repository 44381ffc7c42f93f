import 'server-only';
import { BUSY_RETRY_AFTER_SECONDS, isDatabaseBusy } from '@/lib/http/busy-response';
import { ApiRequestError } from './api-error';
import type { ApiError } from './schemas';

/**
 * The API is public and read-only: any site may read it from a browser (CORS for GET, and the
 * OPTIONS preflight a browser sends first when a script adds its own headers). No cookies are
 * read, so allowing every origin gives nothing away.
 */
export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'Accept, Content-Type',
  'access-control-max-age': '86400',
} as const;

const COMMON_HEADERS = {
  ...CORS_HEADERS,
  'x-content-type-options': 'nosniff',
  // The data changes whenever an editor saves; clients ask again rather than keep stale copies.
  'cache-control': 'no-store',
} as const;

export function apiJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...COMMON_HEADERS, 'content-type': 'application/json' },
  });
}

export function apiError(status: number, message: string): Response {
  const body: ApiError = { status, message };
  return apiJson(body, status);
}

/** The database could not answer in time (lib/http/busy-response.ts): try again shortly. */
function apiBusy(): Response {
  const response = apiError(
    503,
    `The database is busy right now; try again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`,
  );
  response.headers.set('retry-after', String(BUSY_RETRY_AFTER_SECONDS));
  return response;
}

/** The preflight answer: no body, the CORS headers. */
export function apiPreflight(): Response {
  return new Response(null, { status: 204, headers: COMMON_HEADERS });
}

/**
 * Runs a handler: its value as JSON, a refused request as `{ status, message }` with its
 * status, a busy database as a 503 with Retry-After, anything unexpected as a 500 with a message that gives nothing away (and a log line).
 */
export async function apiResponse(produce: () => Promise<unknown>): Promise<Response> {
  try {
    return apiJson(await produce());
  } catch (error) {
    if (error instanceof ApiRequestError) return apiError(error.status, error.message);
    if (isDatabaseBusy(error)) return apiBusy();
    console.error('API request failed', error);
    return apiError(500, 'Something went wrong on our side. Please try again later.');
  }
}

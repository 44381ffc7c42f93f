import { errorCauses, isBusyError } from '@/lib/db/sqlite/write-lock';

/**
 * "The database is busy, try again": the one answer for a request that could not get the
 * database in time — SQLite's write lock held past the wait, PostgreSQL's lock_timeout or
 * statement_timeout, no pooled connection free. A 503 with Retry-After, never a 500: nothing
 * is broken and nothing was written; the same request succeeds once the other work is done.
 */

/** How long a client should wait before trying again: about one lock wait. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

export const BUSY_MESSAGE =
  'The database is busy with other changes right now, so nothing was saved. Try again in a few seconds.';

/** PostgreSQL: lock_not_available (lock_timeout), query_canceled (statement_timeout). */
const POSTGRES_BUSY_CODES = new Set(['55P03', '57014']);
/** Prisma: operation timed out, no pooled connection in time. */
const PRISMA_BUSY_CODES = new Set(['P1008', 'P2024']);
/** Prisma P2028 is any transaction API error; only this one is a wait (maxWait) run out. */
const TRANSACTION_NOT_STARTED = /unable to start a transaction in the given time/i;
/** node-postgres, when its pool has no connection free within connectionTimeoutMillis. */
const POOL_TIMEOUT = /timeout exceeded when trying to connect/i;

export function isDatabaseBusy(error: unknown): boolean {
  if (isBusyError(error)) return true;
  for (const { code, originalCode, message } of errorCauses(error)) {
    for (const candidate of [code, originalCode]) {
      if (typeof candidate !== 'string') continue;
      if (POSTGRES_BUSY_CODES.has(candidate) || PRISMA_BUSY_CODES.has(candidate)) return true;
    }
    if (typeof message !== 'string') continue;
    if (POOL_TIMEOUT.test(message)) return true;
    if (code === 'P2028' && TRANSACTION_NOT_STARTED.test(message)) return true;
  }
  return false;
}

export const BUSY_HEADERS = {
  'retry-after': String(BUSY_RETRY_AFTER_SECONDS),
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

/** The 503 a route handler answers; `body` in the shape its clients read (default `{ ok, message }`). */
export function busyResponse(body: unknown = { ok: false, message: BUSY_MESSAGE }): Response {
  return Response.json(body, { status: 503, headers: BUSY_HEADERS });
}

/**
 * A route handler that answers busy as busyResponse() does; any other error goes on as it
 * would (a bug: 500 with its log line).
 */
export function withBusyAnswer<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
  body?: unknown,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseBusy(error)) return busyResponse(body);
      throw error;
    }
  };
}

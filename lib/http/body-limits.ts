import { IMPORT_MAX_BYTES } from '@/lib/import/import-limits';

/**
 * How large a request body may be, checked from its Content-Length before anything reads it
 * (lib/http/request-gate.ts). next.config.js repeats both numbers (it cannot import TypeScript);
 * tests/unit/http-request-gate.test.ts holds them equal.
 */

/** A page's form or server action: Next.js's own `serverActions.bodySizeLimit` (1 MB). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * A route handler's body. Next.js copies the body of every request its proxy sees and hands the
 * route only the first `proxyClientMaxBodySize` bytes, silently; refusing anything longer first
 * means a route can never read a cut-off body. The import's 50 MB file plus room to spare.
 */
export const HANDLER_BODY_LIMIT_BYTES = IMPORT_MAX_BYTES + 1024 * 1024;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

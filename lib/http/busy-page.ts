import { AsyncLocalStorage } from 'node:async_hooks';
import type http from 'node:http';
import { BUSY_HEADERS, BUSY_MESSAGE, isDatabaseBusy } from './busy-response';

/**
 * A page that could not be rendered because the database was busy (no pooled connection in
 * time, a lock wait run out) answers 503 with Retry-After, as the forms, the API and the import
 * already do — not the 500 of a broken page. Next.js answers 500 for any error thrown while a
 * page renders, and tells instrumentation.ts's `onRequestError` first: that marks the request
 * here, and the server process (scripts/serve-worker.ts) turns the request's 500 into a 503 as
 * its head goes out. The body stays Next's error page ("try again in a moment").
 *
 * The server process and Next.js's bundle each load their own copy of this module: they share
 * the record through one process-wide symbol, and the render finds its request's record through
 * Node's async context, which follows the render from the request that started it (as
 * lib/page-cache/signed-in-render.ts does).
 */
interface BusyRecord {
  busy: boolean;
}

const STORE = Symbol.for('claimtrack.http.busy-page');

function store(): AsyncLocalStorage<BusyRecord> {
  const holder = globalThis as { [STORE]?: AsyncLocalStorage<BusyRecord> };
  return (holder[STORE] ??= new AsyncLocalStorage<BusyRecord>());
}

/** Render side: an error Next.js reports for the current request; marks it when it is "busy". */
export function noteRenderError(error: unknown): void {
  const record = store().getStore();
  if (record && isDatabaseBusy(error)) record.busy = true;
}

/** Server side: runs `handle` so that a 500 caused by a busy database goes out as a 503. */
export function withBusyPages<T>(res: http.ServerResponse, handle: () => T): T {
  const record: BusyRecord = { busy: false };
  const writeHead = res.writeHead;
  // Node writes an implicit head through writeHead too, so this sees every response's status.
  res.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
    if (record.busy && (args[0] === 500 || (args[0] === undefined && this.statusCode === 500))) {
      args[0] = 503;
      this.statusCode = 503;
      for (const [name, value] of Object.entries(BUSY_HEADERS)) this.setHeader(name, value);
    }
    return writeHead.apply(this, args);
  } as typeof writeHead;
  return store().run(record, handle);
}

/** Server side: an error no handler answered (the page cache's version read, say). */
export function answerUnhandled(res: http.ServerResponse, error: unknown): void {
  const busy = isDatabaseBusy(error);
  if (!busy) console.error(error);
  if (!res.headersSent) {
    const type = { 'content-type': 'text/plain; charset=utf-8' };
    res.writeHead(busy ? 503 : 500, busy ? { ...BUSY_HEADERS, ...type } : type);
  }
  res.end(busy ? BUSY_MESSAGE : 'Internal server error');
}

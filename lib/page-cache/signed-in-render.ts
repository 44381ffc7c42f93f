import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Whether a response was rendered for a signed-in user, told by the code that found the user
 * (lib/auth/session.ts) to the page cache that is about to store the response. The cache
 * already passes by every request whose cookies the auth library would read as a session
 * (cacheable-request.ts); this is the second lock on the same door: whatever a request looked
 * like, a page that showed a user's name, "Sign out" or edit links is never stored and served
 * to readers.
 *
 * The cache runs in the server process's own code (scripts/serve-worker.ts) and the render in
 * Next.js's bundle of the app, which has its own copy of every module: they share this store
 * through one process-wide symbol, and the render finds its request's record through Node's
 * async context, which follows the render from the request that started it.
 */
export interface RenderRecord {
  signedIn: boolean;
}

const STORE = Symbol.for('claimtrack.page-cache.render-record');

function store(): AsyncLocalStorage<RenderRecord> {
  const holder = globalThis as { [STORE]?: AsyncLocalStorage<RenderRecord> };
  return (holder[STORE] ??= new AsyncLocalStorage<RenderRecord>());
}

/** Runs `render` with a fresh record that the render can mark. */
export function withRenderRecord<T>(record: RenderRecord, render: () => T): T {
  return store().run(record, render);
}

/** Marks the current request's response as rendered for a signed-in user (no-op outside one). */
export function noteSignedInRender(): void {
  const record = store().getStore();
  if (record) record.signedIn = true;
}

import 'server-only';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExportPageJob } from './export-page';
import type { ExportWorkerReply, ExportWorkerRequest } from './export-worker';

/**
 * The export's worker threads: a page is read and serialised (export-page.ts) off the main
 * thread, cut in parts rendered on several threads at once. A claim with stored text costs a
 * thread ~8-12 µs (reading and copying it); one without is read whole and rendered, ~60 µs of
 * SQLite reads and column conversion at 100,000 claims plus JSON or CSV (~20 / ~12 µs), on one
 * core of the 2-core bench machine. The main thread keeps the keyset reads and the HTTP
 * response.
 *
 * One pool per server process, shared by its downloads, started on first use. A thread that
 * has had nothing to do for IDLE_MS ends (its heap, SQLite cache or PostgreSQL connections —
 * at most two per thread, lib/db/postgres/connect.ts — are released); one that fails is
 * dropped and replaced on the next page.
 */
const IDLE_MS = 30_000;
const CLOSE_MS = 5_000;

/** Threads per process: the cores, at most two (a page is cut in as many parts). */
export const EXPORT_THREADS = Math.min(2, os.availableParallelism());

/**
 * In Next's build (`next build`, then `npm start`) the worker is a chunk of its own, bundled
 * from export-worker.ts. Run from source (tests, scripts) it is TypeScript: loaded through
 * tsx's require hook, which also resolves the `@/` paths.
 */
function startWorker(): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL('./export-worker.ts', import.meta.url));
  const source = fileURLToPath(new URL('./export-worker.ts', import.meta.url));
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true });
}

interface Pending {
  resolve: (chunks: Uint8Array[]) => void;
  reject: (error: Error) => void;
}

class ExportThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #idle: NodeJS.Timeout | null = null;
  #dead = false;
  readonly #onEnd: (thread: ExportThread) => void;

  constructor(onEnd: (thread: ExportThread) => void) {
    this.#onEnd = onEnd;
    this.#worker = startWorker();
    this.#worker.unref();
    this.#worker.on('message', (reply: ExportWorkerReply) => this.#settle(reply));
    this.#worker.on('error', (error) => this.#end(error));
    this.#worker.on('exit', (code) => this.#end(new Error(`Export thread exited (${code}).`)));
  }

  get dead(): boolean {
    return this.#dead;
  }

  render(job: ExportPageJob): Promise<Uint8Array[]> {
    const id = this.#nextId++;
    if (this.#idle) clearTimeout(this.#idle);
    this.#idle = null;
    // Referenced while it has work, so a script waiting on a page does not exit under it.
    if (this.#pending.size === 0) this.#worker.ref();
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, job } satisfies ExportWorkerRequest);
    });
  }

  #settle(reply: ExportWorkerReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    if ('error' in reply) {
      const error = new Error(reply.error.message);
      if (reply.error.stack) error.stack = reply.error.stack;
      pending.reject(error);
    } else {
      pending.resolve(reply.chunks);
    }
    if (this.#pending.size === 0) {
      this.#worker.unref();
      this.#idle = setTimeout(() => this.#retire(), IDLE_MS).unref();
    }
  }

  /**
   * Ends an idle thread: out of the pool first, so no page is sent to it while it stops; then
   * told to close its database connections and end (stopped outright if it has not ended
   * within CLOSE_MS).
   */
  #retire(): void {
    this.#end(new Error('Export thread retired.'));
    this.#worker.postMessage({ close: true } satisfies ExportWorkerRequest);
    setTimeout(() => void this.#worker.terminate(), CLOSE_MS).unref();
  }

  #end(error: Error): void {
    if (this.#dead) return;
    this.#dead = true;
    if (this.#idle) clearTimeout(this.#idle);
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
    this.#onEnd(this);
  }
}

const threads: (ExportThread | null)[] = Array.from({ length: EXPORT_THREADS }, () => null);

/** Part `part` of a page goes to thread `part` (started, or restarted, as needed). */
function thread(part: number): ExportThread {
  let t = threads[part];
  if (!t || t.dead) {
    t = new ExportThread((ended) => {
      if (threads[part] === ended) threads[part] = null;
    });
    threads[part] = t;
  }
  return t;
}

/**
 * A page rendered by the pool: its ids cut into EXPORT_THREADS consecutive parts, one per
 * thread, rendered at once; each part's bytes, in order (none for a part that wrote nothing).
 */
export function renderPageOnThreads(job: ExportPageJob): Promise<Uint8Array[][]> {
  const size = Math.ceil(job.ids.length / EXPORT_THREADS);
  const parts: Promise<Uint8Array[]>[] = [];
  for (let i = 0; i * size < job.ids.length; i++) {
    parts.push(thread(i).render({ ...job, ids: job.ids.slice(i * size, (i + 1) * size) }));
  }
  return Promise.all(parts);
}

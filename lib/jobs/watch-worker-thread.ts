import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Runs source watch's worker on a thread of a server process (scripts/serve-worker.ts): its
 * jobs — fetching, extracting text, matching quotes — take CPU that would otherwise delay the
 * pages this process renders, and on a thread of their own they do not. The thread has its own
 * module state, so its own database connections (SQLite: its own connection; PostgreSQL: a
 * pool of two, lib/db/postgres/connect.ts).
 *
 * The thread runs from source through tsx's require hook, with the `react-server` condition so
 * that `server-only` resolves to its empty module there, as it does inside Next.js's server
 * bundles. Plain imports only here: this module is loaded outside Next.js's module graph.
 */
export interface WatchWorkerThread {
  /** Stops the worker (running jobs finish or are given back) and ends the thread. */
  stop(): Promise<void>;
}

const STOP_WAIT_MS = 20_000;

export function startWatchWorkerThread(log: (message: string) => void): WatchWorkerThread {
  const main = fileURLToPath(new URL('./watch-worker-thread-main.ts', import.meta.url));
  // tsx's require hook, as export-workers.ts does: the ESM loader this process was started with
  // (`--import tsx`) does not reach a worker thread's entry module on Node 20.
  const thread = new Worker(`require('tsx/cjs'); require(${JSON.stringify(main)});`, {
    eval: true,
    execArgv: ['--conditions=react-server'],
  });
  const ended = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  thread.on('error', (error) => log(`The source watch worker thread failed: ${error.message}`));
  return {
    async stop() {
      thread.postMessage('stop');
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_WAIT_MS)));
      await Promise.race([ended, late]);
      clearTimeout(timer);
      await thread.terminate();
    },
  };
}

import { parentPort } from 'node:worker_threads';
import { closeThreadConnections } from '@/lib/db/close-thread-connections';
import { watchConfig } from '@/lib/watch/watch-config';
import { startWatchWorker } from './watch-worker';

/**
 * The body of the worker thread (watch-worker-thread.ts): runs source watch's worker until the
 * server process says "stop", then gives back its jobs, closes its connections and ends.
 */
const port = parentPort;
if (!port) throw new Error('watch-worker-thread-main.ts runs as a worker thread only');

const worker = startWatchWorker(watchConfig());
port.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  void worker
    .stop()
    .then(closeThreadConnections)
    .finally(() => process.exit(0)); // in a worker thread: ends the thread only
});

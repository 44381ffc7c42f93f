/**
 * `npm run worker`: source watch's job worker alone, for a deployment that runs the workers
 * apart from the app servers (any number of them, on any machines over the same database).
 * Runs until SIGTERM or SIGINT, then stops gracefully: running jobs finish or are given back.
 * With WATCH_ENABLED=0 it says so and exits.
 *
 * Run with the `react-server` condition (package.json does), so that the data layer's
 * `server-only` marker resolves to its empty module outside Next.js.
 */
import { loadEnv, runCli } from './cli/run-cli';

async function runWorker(): Promise<void> {
  const env = await loadEnv();
  if (!env.WATCH_ENABLED) {
    console.log('WATCH_ENABLED=0: the source watch worker is off; nothing to run.');
    return;
  }
  const { watchConfig } = await import('../lib/watch/watch-config');
  const { startWatchWorker } = await import('../lib/jobs/watch-worker');
  const { closeThreadConnections } = await import('../lib/db/close-thread-connections');
  const worker = startWatchWorker(watchConfig(env));
  console.log(
    `Source watch worker ${worker.workerId} running (concurrency ${env.WATCH_CONCURRENCY}).`,
  );
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await worker.stop();
  await closeThreadConnections();
}

if (require.main === module) runCli(runWorker);

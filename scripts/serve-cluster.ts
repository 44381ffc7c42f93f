/**
 * Serves the production build with one server process per core (scripts/serve-worker.ts:
 * Next.js behind the reader-page cache; Node's cluster module shares the port between them). A Next.js server renders on one thread, and the reader pages
 * are CPU-bound (React rendering, Prisma's query compiler), so on this 2-core machine a second
 * process nearly doubles the requests served. SQLite in WAL mode lets the processes read at once.
 * A worker that dies is replaced; SIGINT/SIGTERM stop them all.
 */
import cluster from 'node:cluster';
import path from 'node:path';
import { loadEnv, runCli } from './cli/run-cli';

export function serveCluster(options: { port: number; workers: number }): void {
  // Workers inherit this process's execArgv, which carries tsx's loader when run by `npm start`.
  cluster.setupPrimary({ exec: path.join(__dirname, 'serve-worker.ts') });
  let stopping = false;
  const fork = () =>
    cluster.fork({ ...process.env, NODE_ENV: 'production', PORT: String(options.port) });
  for (let i = 0; i < options.workers; i++) fork();

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(
      `Server process ${worker.process.pid} ended (${signal ?? code}); starting another.`,
    );
    fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  }
}

if (require.main === module) {
  runCli(async () => {
    const env = await loadEnv();
    serveCluster({ port: env.PORT, workers: env.WEB_CONCURRENCY });
  });
}

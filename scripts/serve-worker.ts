/**
 * One server process of `npm start` (scripts/serve-cluster.ts forks one per core): Next.js's
 * production request handler behind the reader-page cache (lib/page-cache). Anonymous readers
 * asking for a page nobody has changed since it was last rendered get the stored bytes (no
 * React, no Prisma); everything else is rendered by Next.js as before. Once it listens, it runs
 * source watch's job worker on a thread of its own (unless WATCH_ENABLED=0), and on SIGTERM or
 * SIGINT stops it — running jobs finish or are given back to the queue — before it exits.
 */
import http from 'node:http';
import next from 'next';
import { clientAddress } from '../lib/client-address';
import { openContentVersionProbe } from '../lib/db/content-version';
import { parseEnv } from '../lib/env';
import { answerUnhandled, withBusyPages } from '../lib/http/busy-page';
import { answerUnsupportedMethod } from '../lib/http/unsupported-method';
import { startWatchWorkerThread } from '../lib/jobs/watch-worker-thread';
import { withPageCache, type RequestHandler } from '../lib/page-cache/caching-handler';
import { PageCache } from '../lib/page-cache/page-cache';

async function serveWorker(): Promise<void> {
  const env = parseEnv();
  const app = next({ dev: false, dir: process.cwd(), port: env.PORT });
  await app.prepare();
  const render: RequestHandler = app.getRequestHandler();

  let handler = render;
  if (env.PAGE_CACHE_MB > 0) {
    const probe = openContentVersionProbe(env.DATABASE_URL);
    handler = withPageCache(render, new PageCache(env.PAGE_CACHE_MB * 1024 * 1024), probe.read);
  }

  const server = http.createServer((req, res) => {
    if (answerUnsupportedMethod(req, res)) return;
    // Replace whatever the client claimed: Next.js keeps an incoming X-Forwarded-For as it is,
    // and the sign-in rate limit counts attempts per address.
    req.headers['x-forwarded-for'] = clientAddress(
      req.headers['x-forwarded-for'],
      req.socket.remoteAddress,
      env.TRUSTED_PROXY_HOPS,
    );
    Promise.resolve(withBusyPages(res, () => handler(req, res))).catch((error: unknown) =>
      answerUnhandled(res, error),
    );
  });
  server.listen(env.PORT, () => {
    if (!env.WATCH_ENABLED) return;
    const watch = startWatchWorkerThread((message) => console.error(message));
    let stopping = false;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        server.close();
        void watch.stop().finally(() => process.exit(0));
      });
    }
  });
}

serveWorker().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

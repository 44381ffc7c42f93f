/**
 * `npm run bench:watch [-- --database postgres]`: source watch at scale (issue 15). 10,000 cited
 * sources over 500 hosts on a local test server; the app started as `npm start` starts it (the
 * worker on a thread of each server process). Prints checks per second, the per-host limit as
 * the target server saw it (the shortest gap between two requests to one host), the server
 * processes' memory over the run, failed jobs, and the readers' claim-page p99 with the worker
 * off and while it checks. A missed figure is reported, never an error.
 *
 * The 500 hosts are loopback addresses 127.0.1.1 … (Linux routes all of 127/8 to the loopback
 * device): each is its own host for the limit and needs no DNS; WATCH_FETCH_ALLOW lets the
 * fetcher reach them in this bench only.
 *
 *   --database URL|postgres  default file:./data/bench-watch.db (made afresh each run);
 *                            `postgres`: database claimtrack_bench_watch on BENCH_POSTGRES_URL
 *   --sources N              cited sources (default 10000), one citation with a quote each
 *   --hosts N                hosts they spread over (default 500)
 *   --concurrency N          WATCH_CONCURRENCY per server process (default 8)
 *   --pace N                 WATCH_CHECKS_PER_SECOND per server process (default 0: unpaced, to
 *                            measure throughput; `npm start` paces at 2)
 *   --interval MS            WATCH_HOST_INTERVAL_MS (default 1000)
 *   --rate N                 readers' requests per second offered (default 20)
 *   --duration S             seconds of each readers' measurement (default 10)
 *   --port N                 first port to try for the app (default 3260)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { resolveDatabaseUrl, sqliteFilePath } from '@/lib/database-url';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { createPrismaClient } from '@/lib/prisma-client';
import { PROJECT_ROOT } from '../scripts/synth/schema';
import { measurePaths, type HttpOutcome } from './lib/http';
import { POSTGRES_SERVER_ENV } from './lib/postgres-pages';
import { ensureBuild, freePort, installCleanupHandlers, startServer } from './lib/server';
import { ms, summarise } from './lib/stats';

const PG_DATABASE = 'claimtrack_bench_watch';
const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');
const QUOTE = 'the deployment was confirmed by two officials who asked not to be named';
const log = (line: string) => process.stderr.write(`${line}\n`);

function options() {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: 'file:./data/bench-watch.db' },
      sources: { type: 'string', default: '10000' },
      hosts: { type: 'string', default: '500' },
      concurrency: { type: 'string', default: '8' },
      pace: { type: 'string', default: '0' },
      interval: { type: 'string', default: '1000' },
      rate: { type: 'string', default: '20' },
      duration: { type: 'string', default: '10' },
      port: { type: 'string', default: '3260' },
    },
    strict: true,
  });
  return {
    database: values.database,
    sources: Number(values.sources),
    hosts: Number(values.hosts),
    concurrency: Number(values.concurrency),
    pace: Number(values.pace),
    intervalMs: Number(values.interval),
    rate: Number(values.rate),
    duration: Number(values.duration),
    port: Number(values.port),
  };
}

/** The i-th host: 127.0.1.1 … 127.0.1.250, 127.0.2.1 … */
function hostAddress(i: number): string {
  return `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
}

/** ~20 KB of article text around the quoted sentence, different per page. */
function articleHtml(i: number): string {
  const filler = Array.from(
    { length: 60 },
    (_, n) =>
      `<p>Paragraph ${n} of article ${i}: reporters followed the movements of the units for weeks, and the accounts of residents, officials and satellite images were compared line by line.</p>`,
  ).join('\n');
  return `<!doctype html><html><head><title>Article ${i}</title></head><body><article>
<h1>Article ${i}</h1>${filler}<p>According to the report, ${QUOTE}.</p>${filler}</article></body></html>`;
}

/**
 * The test server every host answers on (0.0.0.0, loopback callers only): it keeps each host's
 * request start times so the per-host limit can be checked from the outside.
 */
async function startTarget() {
  const starts = new Map<string, number[]>();
  const server = http.createServer((req, res) => {
    const remote = req.socket.remoteAddress ?? '';
    if (!remote.startsWith('127.') && !remote.startsWith('::ffff:127.')) {
      req.socket.destroy();
      return;
    }
    const host = (req.socket.localAddress ?? '').replace(/^::ffff:/, '');
    const list = starts.get(host) ?? [];
    list.push(performance.now());
    starts.set(host, list);
    const i = Number(/article-(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(articleHtml(i));
  });
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests: () => [...starts.values()].reduce((n, list) => n + list.length, 0),
    /** The shortest gap between two requests to one host, and how many gaps were under `ms`. */
    gaps(under: number) {
      let shortest = Infinity;
      let short = 0;
      for (const list of starts.values()) {
        for (let k = 1; k < list.length; k++) {
          const gap = list[k]! - list[k - 1]!;
          shortest = Math.min(shortest, gap);
          if (gap < under) short++;
        }
      }
      return { shortest, short };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A fresh, migrated database for the run. */
async function freshDatabase(database: string): Promise<string> {
  if (database === 'postgres') {
    const base = new URL(
      process.env.BENCH_POSTGRES_URL ?? 'postgresql://claimtrack@127.0.0.1:5432/claimtrack',
    );
    const client = new pg.Client({ connectionString: base.toString() });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${PG_DATABASE}`);
    } finally {
      await client.end();
    }
    base.pathname = `/${PG_DATABASE}`;
    await applyMigrations(base.toString());
    return base.toString();
  }
  const url = resolveDatabaseUrl(database, PROJECT_ROOT);
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  await applyMigrations(url);
  // As `npm start` leaves it (scripts/prepare-db.ts): readers never wait for the writer.
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
  return url;
}

/** One claimant; per source a published claim citing it with the quote. Returns claim ids. */
async function seed(url: string, sources: number, hosts: number, port: number) {
  const db = createPrismaClient(url);
  try {
    const claimant = await db.claimant.create({ data: { name: 'Bench ministry' } });
    const claimIds: number[] = [];
    for (let from = 0; from < sources; from += 1000) {
      const n = Math.min(1000, sources - from);
      const batch = Array.from({ length: n }, (_, k) => from + k);
      const claims = await db.claim.createManyAndReturn({
        data: batch.map((i) => ({
          statement: `Bench claim ${i}: troops were moved to the border`,
          claimantId: claimant.id,
          status: 'published',
          publishedAt: new Date(),
        })),
        select: { id: true },
      });
      const made = await db.source.createManyAndReturn({
        data: batch.map((i) => ({
          title: `Article ${i}`,
          url: `http://${hostAddress(i % hosts)}:${port}/article-${i}`,
        })),
        select: { id: true },
      });
      await db.citation.createMany({
        data: made.map((source, k) => ({
          claimId: claims[k]!.id,
          sourceId: source.id,
          stance: 'supports',
          quote: QUOTE,
        })),
      });
      claimIds.push(...claims.map((c) => c.id));
    }
    return claimIds;
  } finally {
    await db.$disconnect();
  }
}

/** Counts of the watch's progress, read straight from the database. */
function progressReader(url: string) {
  const query = {
    checked: 'SELECT count(*) AS n FROM "SourceWatch" WHERE "checkCount" > 0',
    failed: `SELECT count(*) AS n FROM "Job" WHERE "state" = 'failed'`,
    states: 'SELECT "state" AS s, count(*) AS n FROM "SourceWatch" GROUP BY "state"',
    quotes: 'SELECT "state" AS s, count(*) AS n FROM "CitationQuoteCheck" GROUP BY "state"',
  };
  if (url.startsWith('file:')) {
    const db = new Database(sqliteFilePath(url), { readonly: true, timeout: 5000 });
    const one = (sql: string) => Number((db.prepare(sql).get() as { n: number }).n);
    const groups = (sql: string) =>
      Object.fromEntries(
        (db.prepare(sql).all() as { s: string; n: number }[]).map((r) => [r.s, r.n]),
      );
    return {
      checked: async () => one(query.checked),
      failed: async () => one(query.failed),
      states: async () => groups(query.states),
      quotes: async () => groups(query.quotes),
      close: async () => db.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const one = async (sql: string) => Number((await pool.query<{ n: string }>(sql)).rows[0]!.n);
  const groups = async (sql: string) =>
    Object.fromEntries(
      (await pool.query<{ s: string; n: string }>(sql)).rows.map((r) => [r.s, Number(r.n)]),
    );
  return {
    checked: () => one(query.checked),
    failed: () => one(query.failed),
    states: () => groups(query.states),
    quotes: () => groups(query.quotes),
    close: () => pool.end(),
  };
}

/** Resident memory (MB) of every process in the server's process group. */
function groupRssMb(pgid: number): number {
  try {
    const out = execFileSync('ps', ['-o', 'rss=', '-g', String(pgid)], { encoding: 'utf8' });
    return out
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((n) => n > 0)
      .reduce((sum, kb) => sum + kb / 1024, 0);
  } catch {
    return 0;
  }
}

function readers(outcome: HttpOutcome): string {
  const f = outcome.figures;
  if (!f) return `not measured (${outcome.skipped})`;
  return `p50 ${ms(f.latency.p50)} p99 ${ms(f.latency.p99)} ms, ${f.requests} requests, ${f.non2xx} non-2xx`;
}

async function main() {
  const opts = options();
  installCleanupHandlers();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const onPostgres = opts.database === 'postgres';

  const target = await startTarget();
  log(`Target server on port ${target.port}; ${opts.hosts} hosts from ${hostAddress(0)}.`);
  const url = await freshDatabase(opts.database);
  const seeded = performance.now();
  const claimIds = await seed(url, opts.sources, opts.hosts, target.port);
  log(
    `Seeded ${opts.sources} cited sources in ${((performance.now() - seeded) / 1000).toFixed(1)} s.`,
  );

  const build = await ensureBuild(path.join(RESULTS_DIR, 'watch-build.log'), log);
  if (!build.ok) throw new Error(build.message);

  const port = await freePort(opts.port);
  const baseEnv = {
    PAGE_CACHE_MB: '0',
    WATCH_FETCH_ALLOW: '127.0.0.0/8',
    WATCH_CONCURRENCY: String(opts.concurrency),
    WATCH_CHECKS_PER_SECOND: String(opts.pace),
    WATCH_HOST_INTERVAL_MS: String(opts.intervalMs),
    WATCH_SCHEDULE_EVERY_SECONDS: '5',
    ...(onPostgres ? { ...POSTGRES_SERVER_ENV, SITE_URL: `http://127.0.0.1:${port}` } : {}),
  };
  const claimPaths = claimIds.slice(0, 200).map((id) => `/claims/${id}`);
  const load = {
    connections: 10,
    durationSeconds: opts.duration,
    warmupSeconds: 3,
    rate: opts.rate,
  };

  // Readers with the worker off: the baseline.
  let server = await startServer({
    port,
    databaseUrl: url,
    logFile: path.join(RESULTS_DIR, 'watch-server-off.log'),
    env: { ...baseEnv, WATCH_ENABLED: '0' },
  });
  const off = await measurePaths(server.baseUrl, claimPaths, load);
  await server.stop();
  log(`Readers, worker off: ${readers(off)}`);

  // The worker on, as `npm start` runs it: a thread in each server process.
  const progress = progressReader(url);
  server = await startServer({
    port,
    databaseUrl: url,
    logFile: path.join(RESULTS_DIR, 'watch-server-on.log'),
    env: { ...baseEnv, WATCH_ENABLED: '1' },
  });
  const started = performance.now();
  const rss: number[] = [];
  const samples: { at: number; checked: number }[] = [];
  let during: HttpOutcome | null = null;
  const deadline = started + 30 * 60 * 1000;
  for (;;) {
    const checked = await progress.checked();
    const at = (performance.now() - started) / 1000;
    samples.push({ at, checked });
    rss.push(groupRssMb(server.pid));
    if (checked >= opts.sources || performance.now() > deadline) break;
    if (!during && checked > opts.sources * 0.1) {
      during = await measurePaths(server.baseUrl, claimPaths, load);
      log(`Readers, worker checking: ${readers(during)}`);
      continue;
    }
    if (samples.length % 10 === 0)
      log(`${at.toFixed(0)} s: ${checked} checked, ${rss.at(-1)!.toFixed(0)} MB`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const states = await progress.states();
  const quotes = await progress.quotes();
  const failed = await progress.failed();
  await server.stop();
  await progress.close();
  await target.close();

  const first = samples.find((s) => s.checked > 0);
  const last = samples.at(-1)!;
  const rate =
    first && last.at > first.at ? (last.checked - first.checked) / (last.at - first.at) : 0;
  const gaps = target.gaps(opts.intervalMs);
  const memory = summarise(rss);
  const offP99 = off.figures?.latency.p99 ?? NaN;
  const duringP99 = during?.figures?.latency.p99 ?? NaN;
  const lines = [
    `Machine: ${os.cpus()[0]?.model.trim()} × ${os.availableParallelism()}, load ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}; ${onPostgres ? 'PostgreSQL' : 'SQLite'}`,
    `Checked ${last.checked} of ${opts.sources} sources over ${opts.hosts} hosts in ${last.at.toFixed(0)} s: ${rate.toFixed(1)} checks/s after the first (limit ${((opts.hosts * 1000) / opts.intervalMs).toFixed(0)}/s)`,
    `Per-host limit: ${target.requests()} requests; shortest gap to one host ${ms(gaps.shortest, 0)} ms, gaps under ${opts.intervalMs} ms: ${gaps.short}`,
    `Server processes' memory (MB): first ${rss[0]?.toFixed(0)}, median ${memory.p50.toFixed(0)}, max ${memory.max.toFixed(0)}, last ${rss.at(-1)?.toFixed(0)}`,
    `Link states ${JSON.stringify(states)}; quote states ${JSON.stringify(quotes)}; failed jobs ${failed}`,
    `Readers' claim page at ${opts.rate} req/s: worker off ${readers(off)}; while checking ${during ? readers(during) : 'not measured (finished first)'}`,
    `Reader p99 while checking vs off: ${ms(duringP99)} vs ${ms(offP99)} ms`,
  ];
  for (const line of lines) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

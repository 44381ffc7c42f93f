/**
 * `npm run bench:list`: the rendered capacity of the readers' list (issue 14). A search nobody
 * has made since the last edit is a full render, so this runs the production server with
 * PAGE_CACHE_MB=0 (every request rendered) on the 100,000-claim bench data and measures
 * `/claims?q=…` over a rotation of search words: closed-loop capacity (req/s) and the latency at
 * a steady offered rate; plus what one page weighs and how much of it is the inline React (RSC)
 * payload. Prints a Markdown row for the README. A missed target is reported, never an error.
 *
 *   --database URL|postgres   as bench/run.ts (postgres: a PostgreSQL copy of the same data,
 *                             in a database of this bench's own)
 *   --no-build                serve `.next` as it is (to compare builds of two commits: swap
 *                             the `.next` directories between runs)
 *   --port N --connections N --duration S --warmup S --rate R
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databaseProvider, resolveDatabaseUrl } from '@/lib/database-url';
import * as V from '../scripts/synth/vocabulary';
import { PROJECT_ROOT } from '../scripts/synth/schema';
import { ensureBenchDatabase } from './lib/database';
import { measurePaths, type HttpOutcome } from './lib/http';
import { ensurePostgresCopy, POSTGRES_SERVER_ENV } from './lib/postgres-pages';
import { ensureBuild, freePort, installCleanupHandlers, startServer } from './lib/server';

const log = (line: string) => process.stderr.write(`${line}\n`);
/** Its own PostgreSQL database, so that it never replaces another bench's copy mid-run. */
const POSTGRES_DATABASE = 'claimtrack_bench_list';
const WORDS = 24;

function options() {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: 'file:./data/bench.db' },
      'no-build': { type: 'boolean', default: false },
      port: { type: 'string', default: '3260' },
      connections: { type: 'string', default: '10' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      rate: { type: 'string', default: '100' },
    },
    strict: true,
  });
  const whole = (name: 'port' | 'connections' | 'duration' | 'warmup' | 'rate') => {
    const v = Number(values[name]);
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`--${name} must be a whole number`);
    return v;
  };
  const postgres = values.database === 'postgres';
  const sqlite = postgres ? 'file:./data/bench.db' : values.database;
  return {
    sqliteUrl: resolveDatabaseUrl(
      sqlite.startsWith('file:') ? sqlite : `file:${sqlite}`,
      PROJECT_ROOT,
    ),
    postgres,
    build: !values['no-build'],
    port: whole('port'),
    connections: whole('connections'),
    duration: whole('duration'),
    warmup: whole('warmup'),
    rate: whole('rate'),
  };
}

/** Distinct everyday search words of the synthetic vocabulary: each a different result list. */
function searchPaths(): string[] {
  const words = new Set<string>();
  for (const phrase of [...V.PLACES, ...V.COUNTRIES.map((c) => c.name), ...V.SECTORS]) {
    const word = phrase.toLowerCase().match(/[a-z]{4,}/)?.[0];
    if (word) words.add(word);
    if (words.size >= WORDS) break;
  }
  return [...words].map((w) => `/claims?q=${encodeURIComponent(w)}`);
}

interface PageWeight {
  bytes: number;
  /** Bytes of the inline `self.__next_f.push(…)` scripts: the RSC payload sent with the HTML. */
  rscBytes: number;
  results: number;
}

async function weigh(url: string): Promise<PageWeight> {
  const html = await (await fetch(url)).text();
  let rscBytes = 0;
  for (const match of html.matchAll(/<script[^>]*>self\.__next_f\.push\(.*?\)<\/script>/gs)) {
    rscBytes += Buffer.byteLength(match[0]);
  }
  const results = html.match(/<article aria-labelledby="claim-\d+-heading"/g)?.length ?? 0;
  return { bytes: Buffer.byteLength(html), rscBytes, results };
}

/**
 * CPU seconds used so far by every process of the server's process group (the cluster and its
 * workers): on a machine shared with other work, CPU per request moves far less than req/s.
 */
function groupCpuSeconds(groupId: number): number {
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state is field 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== groupId) continue; // pgrp
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

const fmt = (n: number | undefined, digits = 0) =>
  n === undefined ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: digits });

async function main(): Promise<void> {
  process.chdir(PROJECT_ROOT);
  const opts = options();
  const data = await ensureBenchDatabase(opts.sqliteUrl, log);
  installCleanupHandlers();
  const databaseUrl = opts.postgres
    ? await ensurePostgresCopy(opts.sqliteUrl, POSTGRES_DATABASE, data.claims, log)
    : opts.sqliteUrl;
  if (opts.build) {
    const build = await ensureBuild(path.join(PROJECT_ROOT, 'bench', 'results', 'build.log'), log);
    if (!build.ok) throw new Error(build.message ?? 'next build failed');
  }
  const port = await freePort(opts.port);
  const server = await startServer({
    port,
    databaseUrl,
    logFile: path.join(PROJECT_ROOT, 'bench', 'results', 'server-list.log'),
    env: {
      ...(databaseProvider(databaseUrl) === 'postgres' ? POSTGRES_SERVER_ENV : {}),
      PAGE_CACHE_MB: '0',
    },
  });
  const paths = searchPaths();
  let closed: HttpOutcome;
  let paced: HttpOutcome;
  let weight: PageWeight;
  let cpuPerRequest = NaN;
  try {
    weight = await weigh(`${server.baseUrl}${paths[0]}`);
    const load = {
      connections: opts.connections,
      durationSeconds: opts.duration,
      warmupSeconds: opts.warmup,
    };
    log(`Closed loop over ${paths.length} searches, ${opts.connections} connections…`);
    // Warm-up outside the CPU count, then the measured run alone.
    await measurePaths(server.baseUrl, paths, {
      ...load,
      durationSeconds: load.warmupSeconds,
      warmupSeconds: 0,
    });
    const cpuBefore = groupCpuSeconds(server.pid);
    closed = await measurePaths(server.baseUrl, paths, { ...load, warmupSeconds: 0 });
    const requests = closed.figures?.requests ?? 0;
    cpuPerRequest =
      requests > 0 ? ((groupCpuSeconds(server.pid) - cpuBefore) * 1000) / requests : NaN;
    log(`Paced at ${opts.rate} req/s offered…`);
    paced = await measurePaths(server.baseUrl, paths, {
      ...load,
      rate: opts.rate,
      connections: Math.max(opts.connections, 50),
    });
  } finally {
    await server.stop();
  }
  const c = closed.figures;
  const p = paced.figures;
  const share = weight.bytes > 0 ? (100 * weight.rscBytes) / weight.bytes : 0;
  const provider = opts.postgres ? 'PostgreSQL' : 'SQLite';
  const lines = [
    `bench:list — ${new Date().toISOString()} — ${provider}, ${fmt(data.claims)} claims, every request rendered`,
    `page ${paths[0]}: ${fmt(weight.bytes)} bytes, ${weight.results} results, inline RSC payload ` +
      `${fmt(weight.rscBytes)} bytes (${fmt(share)} %)`,
    `closed loop: ${fmt(c?.requestsPerSecond)} req/s, p50 ${fmt(c?.latency.p50)} ms, ` +
      `p99 ${fmt(c?.latency.p99)} ms, non-2xx ${c?.non2xx ?? '–'}${closed.skipped ? ` (${closed.skipped})` : ''}; ` +
      `server CPU ${fmt(cpuPerRequest, 1)} ms per request (${fmt(2000 / cpuPerRequest)} req/s on 2 idle cores)`,
    `${opts.rate} req/s offered: ${fmt(p?.requestsPerSecond)} req/s, p50 ${fmt(p?.latency.p50)} ms, ` +
      `p99 ${fmt(p?.latency.p99)} ms, non-2xx ${p?.non2xx ?? '–'}${paced.skipped ? ` (${paced.skipped})` : ''}`,
    `targets: ≥ 150 req/s ${c && c.requestsPerSecond >= 150 ? 'pass' : 'miss'}; ` +
      `p99 < 100 ms at ${opts.rate} req/s ${p && p.latency.p99 < 100 && p.requestsPerSecond >= opts.rate * 0.97 ? 'pass' : 'miss'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);

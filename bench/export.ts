/**
 * `npm run bench:export` (and the last step of `npm run bench`): the claim export
 * (`/claims/export`) over HTTP against the production server, at 100,000 and 1,000,000 claims,
 * as CSV and JSON: rows per second, and the server's peak memory. Targets: ≥ 50,000 rows/s, and
 * the peak at 1M within 100 MB of the peak at 100k (the export streams: memory must not grow
 * with the list). A missed target is reported, never an error.
 *
 * Each size is exported four times: CSV with every claim's stored export text cleared first
 * (the first export after a bulk load, a site-address change or a format change: each claim is
 * read whole, rendered, and its text stored — lib/export/export-texts.ts), CSV again, streaming
 * the stored text (every later export: an edit clears only its claims' text), then the same
 * two for JSON (each format's text is stored by its own export). The rows/s target is judged on
 * the repeat exports; the first ones are reported beside them.
 *
 * One server process (WEB_CONCURRENCY=1): an export is one request, served by one process, so
 * that process's memory is the figure. Its resident memory is polled every 50 ms during each
 * download (and VmHWM, the kernel's high-water mark, is read after); the server's peak for a
 * size is the highest of its downloads. The download asks for no compression, so the figure is
 * the export's own cost, not gzip's.
 *
 *   --sizes N,N       claim counts (default 100000,1000000; a data set per size under data/)
 *   --formats F,F     csv, json, claimreview (default csv,json)
 *   --passes P,P      first, repeat (default both): `repeat` alone streams the text stored by an
 *                     earlier run (stored under the same site address, so the same port), for
 *                     quick before/after comparisons of the repeat export
 *   --port N          first port to try (default 3300)
 *   --database D      sqlite (default) or postgres: the same data set copied into a PostgreSQL
 *                     database per size on BENCH_POSTGRES_URL's server (default
 *                     postgresql://claimtrack@127.0.0.1:5432/), bench/lib/postgres-copy.ts
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { closeThreadConnections } from '@/lib/db/close-thread-connections';
import { openExportTextStore } from '@/lib/db/open-export-text-store';
import { PROJECT_ROOT } from '../scripts/synth/schema';
import {
  ensurePostgresSizedDatabase,
  ensureSizedDatabase,
  postgresBenchUrl,
  type SizedDatabase,
} from './lib/export-database';
import { machine, markdownTable, textTable, verdictOf, type Target } from './lib/report';
import { ensureBuild, freePort, installCleanupHandlers, startServer } from './lib/server';

const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');
const TARGET_ROWS_PER_SECOND = 50_000;
const TARGET_MEMORY_GROWTH_MB = 100;
const MB = 1024 * 1024;
/** The site address of the PostgreSQL runs (lib/env.ts needs one there). */
const POSTGRES_SITE_URL = 'http://localhost:3300';

const log = (line: string) => process.stderr.write(`${line}\n`);
const int = (n: number) => Math.round(n).toLocaleString('en-US');

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100000,1000000' },
      formats: { type: 'string', default: 'csv,json' },
      passes: { type: 'string', default: 'first,repeat' },
      port: { type: 'string', default: '3300' },
      database: { type: 'string', default: 'sqlite' },
    },
    strict: true,
  });
  const sizes = values.sizes.split(',').map((s) => Number(s.replaceAll('_', '')));
  if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1)) {
    throw new Error('--sizes must be whole numbers, e.g. 100000,1000000');
  }
  const formats = values.formats.split(',');
  if (formats.some((f) => !['csv', 'json', 'claimreview'].includes(f))) {
    throw new Error('--formats takes csv, json and claimreview');
  }
  const passes = values.passes.split(',');
  if (passes.length === 0 || passes.some((p) => p !== 'first' && p !== 'repeat')) {
    throw new Error('--passes takes first and repeat');
  }
  const port = Number(values.port);
  if (!Number.isSafeInteger(port) || port < 1) throw new Error('--port must be a port number');
  const database = values.database;
  if (database !== 'sqlite' && database !== 'postgres') {
    throw new Error('--database takes sqlite or postgres');
  }
  return { sizes, formats, passes: passes as Pass[], port, database };
}

const label = (claims: number) =>
  claims % 1_000_000 === 0 ? `${claims / 1_000_000}m` : `${Math.round(claims / 1000)}k`;

/** Every process of the server's process group (the launcher, the cluster primary, the worker). */
function groupPids(groupId: number): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid pgrp …": comm may hold spaces, so read after its last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === groupId) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** VmRSS and VmHWM of a process, in bytes (0 when it is gone). */
function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** The server process doing the work: the one with the most resident memory. */
function largest(pids: number[]): { pid: number; rss: number; hwm: number } {
  return pids
    .map((pid) => ({ pid, ...memoryOf(pid) }))
    .reduce((a, b) => (b.rss > a.rss ? b : a), { pid: 0, rss: 0, hwm: 0 });
}

interface Download {
  status: number;
  bytes: number;
  /** CR-terminated records (CSV: header + one per claim; synthetic text holds no CR). */
  records: number;
  tail: string;
  seconds: number;
}

/** GET a URL and consume the body as it arrives, without keeping it. */
function download(url: string): Promise<Download> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // A connection of its own (agent: false): a kept-alive one from the previous download may
    // be closed by the server's keep-alive timeout just as it is reused ("socket hang up").
    const options = { agent: false, headers: { 'accept-encoding': 'identity' } };
    const request = http.get(url, options, (response) => {
      let bytes = 0;
      let records = 0;
      let last: Buffer = Buffer.alloc(0);
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        // A CR ends a record: synthetic text holds none, and JSON escapes it. (Looking at every
        // LF instead took a JavaScript step per line of pretty-printed JSON, on the cores the
        // server is measured on.)
        for (let i = chunk.indexOf(13); i !== -1; i = chunk.indexOf(13, i + 1)) records++;
        last = chunk.subarray(Math.max(0, chunk.length - 16));
      });
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          bytes,
          records,
          tail: last.toString('utf8'),
          seconds: (performance.now() - started) / 1000,
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/**
 * Checkpoints the database and flushes it to disk, so the writes of what came before (clearing
 * the texts, the previous pass storing them: hundreds of MB to GB) are not written back by the
 * kernel during the next download, on the same two cores, and billed to it. A running server's
 * own checkpoints do the same, a little later. On PostgreSQL the table is vacuumed (clearing or
 * storing every text leaves a dead row version per claim, which autovacuum would take later)
 * and a checkpoint asked for (refused unless the role may: then left to the server).
 */
async function settleWrites(data: SizedDatabase, postgres: boolean): Promise<void> {
  if (postgres) {
    const client = new pg.Client({ connectionString: data.file });
    await client.connect();
    try {
      await client.query('VACUUM (ANALYZE) "ClaimExportText"');
      await client.query('CHECKPOINT').catch(() => {});
    } finally {
      await client.end().catch(() => {});
    }
    return;
  }
  const file = data.file;
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    db.pragma('wal_checkpoint(PASSIVE)');
  } finally {
    db.close();
  }
  for (const path of [file, `${file}-wal`]) {
    if (!fs.existsSync(path)) continue;
    const fd = fs.openSync(path, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** How many claims have stored text in `format` (each format is stored by its own export). */
async function storedTexts(data: SizedDatabase, postgres: boolean, format: string) {
  if (format !== 'csv' && format !== 'json') return 0;
  // CAST, not PostgreSQL's `::int` (SQLite cannot read it); a bigint count would come back a string.
  const sql = `SELECT CAST(count(*) AS integer) AS n FROM "ClaimExportText" WHERE "${format}" IS NOT NULL`;
  if (postgres) {
    const client = new pg.Client({ connectionString: data.file });
    await client.connect();
    try {
      return (await client.query<{ n: number }>(sql)).rows[0]!.n;
    } finally {
      await client.end().catch(() => {});
    }
  }
  const db = new Database(data.file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

type Pass = 'first' | 'repeat';

const PASSES: { format: string; pass: Pass }[] = [
  { format: 'csv', pass: 'first' },
  { format: 'csv', pass: 'repeat' },
  { format: 'json', pass: 'first' },
  { format: 'json', pass: 'repeat' },
];

interface Run {
  claims: number;
  format: string;
  /** first: every claim's text rendered and stored; repeat: stored text streamed. */
  pass: Pass;
  /** Claims with stored text when the download started. */
  storedBefore: number;
  rows: number;
  complete: boolean;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  /** Resident memory of the serving process just before the download. */
  rssBeforeMB: number;
  /** Highest resident memory polled during the download. */
  peakRssMB: number;
  /** The process's VmHWM after the download (its peak since it started). */
  hwmMB: number;
}

async function measureSize(
  data: SizedDatabase,
  databaseUrl: string,
  formats: string[],
  passKinds: readonly Pass[],
  firstPort: number,
): Promise<Run[]> {
  const postgres = databaseUrl.startsWith('postgres');
  const port = await freePort(firstPort);
  log(`Starting the production server on 127.0.0.1:${port} against ${data.file}…`);
  const server = await startServer({
    port,
    databaseUrl,
    logFile: path.join(
      RESULTS_DIR,
      `export-server-${label(data.claims)}${postgres ? '-postgres' : ''}.log`,
    ),
    // PostgreSQL needs a secret and the site's address (lib/env.ts); SQLite's default address.
    // The address is the same whatever port is free: it is part of the stored texts' key, so
    // texts stored by an earlier run stay valid (`--passes repeat`).
    env: {
      WEB_CONCURRENCY: '1',
      ...(postgres && {
        BETTER_AUTH_SECRET: 'export-bench-only-secret-0123456789abcdef',
        SITE_URL: POSTGRES_SITE_URL,
      }),
    },
  });
  const runs: Run[] = [];
  try {
    // Warm-up: the first request loads the route's code and prepares the statements.
    for (const format of formats) {
      await download(`${server.baseUrl}/claims/export?format=${format}&claimant=1`);
    }
    const passes = PASSES.filter((p) => formats.includes(p.format) && passKinds.includes(p.pass));
    for (const format of formats) {
      if (!PASSES.some((p) => p.format === format)) passes.push({ format, pass: 'repeat' });
    }
    for (const { format, pass } of passes) {
      // Cleared as the app's store clears them: every text, not the stamps (nothing changed).
      if (pass === 'first') await openExportTextStore(databaseUrl).clearStoredTexts();
      await settleWrites(data, postgres);
      const storedBefore = await storedTexts(data, postgres, format);
      const pids = groupPids(server.pid);
      const before = largest(pids);
      let peak = before.rss;
      const poll = setInterval(() => {
        peak = Math.max(peak, largest(pids).rss);
      }, 50);
      log(
        `  ${format.toUpperCase()} of ${int(data.exported)} claims, ${pass} export ` +
          `(${int(storedBefore)} with stored text)…`,
      );
      let result: Download;
      try {
        result = await download(`${server.baseUrl}/claims/export?format=${format}`);
      } finally {
        clearInterval(poll);
      }
      const after = largest(pids);
      peak = Math.max(peak, after.rss);
      const complete =
        result.status === 200 &&
        (format === 'csv' ? result.records === data.exported + 1 : result.tail.endsWith(']\n'));
      runs.push({
        claims: data.claims,
        format,
        pass,
        storedBefore,
        rows: data.exported,
        complete,
        bytes: result.bytes,
        seconds: result.seconds,
        rowsPerSecond: data.exported / result.seconds,
        rssBeforeMB: before.rss / MB,
        peakRssMB: peak / MB,
        hwmMB: after.hwm / MB,
      });
      log(
        `    ${int(data.exported / result.seconds)} rows/s, ${(result.bytes / MB).toFixed(0)} MB in ` +
          `${result.seconds.toFixed(1)} s, peak RSS ${(peak / MB).toFixed(0)} MB` +
          (complete ? '' : ' — INCOMPLETE'),
      );
    }
  } finally {
    await server.stop();
  }
  return runs;
}

async function main(): Promise<void> {
  process.chdir(PROJECT_ROOT);
  const opts = options();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const started = performance.now();

  const data: { url: string; db: SizedDatabase }[] = [];
  for (const claims of opts.sizes) {
    const url = resolveDatabaseUrl(`file:./data/bench-export-${label(claims)}.db`, PROJECT_ROOT);
    const sqlite = await ensureSizedDatabase(url, claims, log);
    if (opts.database === 'postgres') {
      const pgUrl = postgresBenchUrl(label(claims));
      data.push({ url: pgUrl, db: await ensurePostgresSizedDatabase(sqlite, url, pgUrl, log) });
    } else {
      data.push({ url, db: sqlite });
    }
  }
  installCleanupHandlers();
  const build = await ensureBuild(path.join(RESULTS_DIR, 'build.log'), log);
  if (!build.ok) throw new Error(build.message ?? 'next build failed');

  const runs: Run[] = [];
  for (const { url, db } of data)
    runs.push(...(await measureSize(db, url, opts.formats, opts.passes, opts.port)));
  await closeThreadConnections();

  const smallest = Math.min(...opts.sizes);
  const largestSize = Math.max(...opts.sizes);
  // The server's peak: its high-water mark over every download of that size. (The first download
  // of a fresh server also grows V8's heap to its working size; the peak covers both formats.)
  const serverPeak = (claims: number) =>
    Math.max(...runs.filter((r) => r.claims === claims).map((r) => Math.max(r.hwmMB, r.peakRssMB)));
  const targets: Target[] = runs
    .filter((r) => r.pass === 'repeat')
    .map((r) => ({
      description: `${r.format.toUpperCase()} at ${int(r.claims)} claims ≥ ${int(TARGET_ROWS_PER_SECOND)} rows/s`,
      pass: r.complete && r.rowsPerSecond >= TARGET_ROWS_PER_SECOND,
    }));
  if (smallest !== largestSize) {
    const small = serverPeak(smallest);
    const big = serverPeak(largestSize);
    targets.push({
      description:
        `server peak at ${int(largestSize)} claims within ${TARGET_MEMORY_GROWTH_MB} MB of the ` +
        `peak at ${int(smallest)} (${big.toFixed(0)} vs ${small.toFixed(0)} MB)`,
      pass: big - small <= TARGET_MEMORY_GROWTH_MB,
    });
  }

  const m = machine();
  const machineLine = `${m.os}, ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}`;
  const header = [
    'Claims',
    'Format',
    'Export',
    'Rows',
    'MB',
    's',
    'rows/s',
    'RSS before',
    'peak RSS',
    'VmHWM',
  ];
  const rows = runs.map((r) => [
    int(r.claims),
    r.format.toUpperCase() + (r.complete ? '' : ' (incomplete)'),
    r.pass === 'first' ? 'first (renders, stores)' : 'repeat (stored text)',
    int(r.rows),
    (r.bytes / MB).toFixed(0),
    r.seconds.toFixed(1),
    int(r.rowsPerSecond),
    `${r.rssBeforeMB.toFixed(0)} MB`,
    `${r.peakRssMB.toFixed(0)} MB`,
    `${r.hwmMB.toFixed(0)} MB`,
  ]);
  const out = [
    '',
    `Claimtrack export bench — ${new Date().toISOString()}`,
    `Machine: ${machineLine}`,
    `Server: production build, one process, ${opts.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}; ` +
      'downloads without compression, one at a time.',
    '',
    textTable(header, rows),
    '',
    'Targets (rows/s judged on the repeat exports; the first renders every claim):',
    ...targets.map((t) => `  ${verdictOf(t)}`),
    '',
    'Markdown for the README (Performance):',
    '',
    `Measured with \`npm run bench:export${opts.database === 'postgres' ? ' -- --database postgres' : ''}\` ` +
      `on ${machineLine}. Production server, one process, ${opts.database === 'postgres' ? 'PostgreSQL 15' : 'SQLite'}; ` +
      'unfiltered export of the published claims, downloaded uncompressed. First: every ' +
      "claim's stored export text cleared before, so each is read whole, rendered and stored; " +
      'repeat: the stored text streamed. RSS: the serving process, polled every 50 ms.',
    '',
    markdownTable(header, rows),
    '',
  ];
  process.stdout.write(`${out.join('\n')}\n`);

  const file = path.join(
    RESULTS_DIR,
    opts.database === 'postgres' ? 'export-postgres.json' : 'export.json',
  );
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        totalSeconds: (performance.now() - started) / 1000,
        machine: m,
        database: opts.database,
        databases: data.map((d) => d.db),
        runs,
        targets,
      },
      null,
      2,
    )}\n`,
  );
  log(`Results written to ${path.relative(PROJECT_ROOT, file)}.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);

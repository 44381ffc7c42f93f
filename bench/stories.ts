/**
 * `npm run bench:stories [-- --database postgres]`: a story of 1,000 claims on the
 * 100,000-claim bench database (bench/lib/database.ts), its timeline page rendered on every
 * request (PAGE_CACHE_MB=0), over HTTP against the production build. Target (issue 14): p99 <
 * 150 ms at the offered rate. Prints the figures with the machine's load; a missed target is
 * reported, never an error.
 *
 *   --database URL|postgres  bench database (default file:./data/bench.db); `postgres`: a
 *                            PostgreSQL copy of it (BENCH_POSTGRES_URL names the server)
 *   --port N                 first port to try (default 3230)
 *   --rate N                 offered requests per second for the target (default 20)
 *   --duration S             measured seconds per scenario (default 10)
 *   --warmup S               discarded warm-up seconds (default 3)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { PROJECT_ROOT } from '../scripts/synth/schema';
import { ensureBenchDatabase } from './lib/database';
import { measurePaths, type HttpOutcome } from './lib/http';
import { ensurePostgresCopy, POSTGRES_SERVER_ENV } from './lib/postgres-pages';
import { ensureBuild, freePort, installCleanupHandlers, startServer } from './lib/server';
import { ms } from './lib/stats';

const STORY_SLUG = 'bench-story-1000';
const STORY_CLAIMS = 1000;
const PG_DATABASE = 'claimtrack_bench_stories';
const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');
const log = (line: string) => process.stderr.write(`${line}\n`);

function options() {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: 'file:./data/bench.db' },
      port: { type: 'string', default: '3230' },
      rate: { type: 'string', default: '20' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
    },
    strict: true,
  });
  const postgres = values.database === 'postgres';
  const database = postgres ? 'file:./data/bench.db' : values.database;
  return {
    sqliteUrl: resolveDatabaseUrl(
      database.startsWith('file:') ? database : `file:${database}`,
      PROJECT_ROOT,
    ),
    postgres,
    port: Number(values.port),
    rate: Number(values.rate),
    duration: Number(values.duration),
    warmup: Number(values.warmup),
  };
}

/**
 * The bench story in the SQLite file: published, its 1,000 claims spread over the published
 * claims (the same ones every run). Made once; a later run finds it by its slug.
 */
function ensureStory(file: string): number {
  const db = new Database(file);
  try {
    const found = db.prepare('SELECT "id" FROM "Story" WHERE "slug" = ?').get(STORY_SLUG) as
      { id: number } | undefined;
    if (found) return found.id;
    const now = new Date().toISOString().replace('Z', '+00:00');
    const ids = (
      db
        .prepare(
          `SELECT "id" FROM "Claim" WHERE "status" = 'published' AND "deletedAt" IS NULL
           ORDER BY ("id" * 2654435761) % 4294967291 LIMIT ?`,
        )
        .all(STORY_CLAIMS) as { id: number }[]
    ).map((r) => r.id);
    return db.transaction(() => {
      const story = db
        .prepare(
          `INSERT INTO "Story" ("slug", "title", "description", "status", "publishedAt",
             "version", "createdAt", "updatedAt")
           VALUES (?, ?, ?, 'published', ?, 1, ?, ?)`,
        )
        .run(
          STORY_SLUG,
          'Bench story of 1,000 claims',
          'A story for the benchmark.',
          now,
          now,
          now,
        );
      const storyId = Number(story.lastInsertRowid);
      const add = db.prepare(
        `INSERT INTO "StoryClaim" ("storyId", "claimId", "position", "addedAt") VALUES (?, ?, ?, ?)`,
      );
      ids.forEach((claimId, position) => add.run(storyId, claimId, position, now));
      return storyId;
    })();
  } finally {
    db.close();
  }
}

async function storyInPostgres(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(
      `SELECT count(*)::int AS n FROM "StoryClaim" sc JOIN "Story" s ON s."id" = sc."storyId"
       WHERE s."slug" = $1`,
      [STORY_SLUG],
    );
    return (r.rows[0] as { n: number }).n === STORY_CLAIMS;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

function line(label: string, outcome: HttpOutcome | null): string {
  const f = outcome?.figures;
  if (!f) return `${label}: not measured (${outcome?.skipped ?? 'no outcome'})`;
  const l = f.latency;
  return (
    `${label}: ${f.requestsPerSecond.toFixed(1)} req/s, p50 ${ms(l.p50)} p90 ${ms(l.p90)} ` +
    `p99 ${ms(l.p99)} max ${ms(l.max)}, ${f.non2xx} non-2xx, ${f.errors} errors` +
    (outcome?.probe ? `, page ${Math.round(outcome.probe.bytes / 1024)} KB` : '')
  );
}

async function main(): Promise<void> {
  process.chdir(PROJECT_ROOT);
  const opts = options();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const data = await ensureBenchDatabase(opts.sqliteUrl, log);
  ensureStory(data.file);
  installCleanupHandlers();
  const serverUrl = opts.postgres
    ? await ensurePostgresCopy(opts.sqliteUrl, PG_DATABASE, data.claims, log, storyInPostgres)
    : opts.sqliteUrl;
  const build = await ensureBuild(path.join(RESULTS_DIR, 'build.log'), log);
  if (!build.ok) throw new Error(build.message ?? 'next build failed');
  const port = await freePort(opts.port);
  const server = await startServer({
    port,
    databaseUrl: serverUrl,
    logFile: path.join(RESULTS_DIR, 'stories-server.log'),
    env: { ...(opts.postgres ? POSTGRES_SERVER_ENV : {}), PAGE_CACHE_MB: '0' },
  });
  const paths = [`/stories/${STORY_SLUG}`, `/stories/${STORY_SLUG}?order=oldest&page=3`];
  const load = { durationSeconds: opts.duration, warmupSeconds: opts.warmup, connections: 10 };
  let capacity: HttpOutcome | null = null;
  let paced: HttpOutcome | null = null;
  try {
    log(`HTTP ${paths.join(', ')}: closed loop, 10 connections, every request rendered…`);
    capacity = await measurePaths(server.baseUrl, paths, load);
    log(`HTTP at ${opts.rate} req/s offered, every request rendered…`);
    paced = await measurePaths(server.baseUrl, paths, {
      ...load,
      connections: 50,
      rate: opts.rate,
    });
  } finally {
    await server.stop();
  }
  const p99 = paced?.figures?.latency.p99;
  const verdict =
    p99 === undefined ? 'not measured' : p99 < 150 ? 'MET (p99 < 150 ms)' : 'MISSED (p99 ≥ 150 ms)';
  const provider = opts.postgres ? 'PostgreSQL' : 'SQLite';
  console.log(
    `\nStory of ${STORY_CLAIMS} claims at ${data.claims.toLocaleString('en-US')} claims, ${provider}`,
  );
  console.log(
    `Machine: ${os.availableParallelism()} cores; load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log(line('Capacity (closed loop)', capacity));
  console.log(line(`At ${opts.rate} req/s offered`, paced));
  console.log(`Target p99 < 150 ms, every request rendered: ${verdict}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

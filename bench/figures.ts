/**
 * `npm run bench:figures -- [--claims N] [--runs R] [--database postgres]`: the figures chart's
 * reads, in process (the functions /claims?view=figures, its CSV and a story's chart call),
 * p50/p90/p99. Data: data/bench-figures-<N>.db, made by the synth module once and reused (its
 * claims carry the synth's structured quantities); with `--database postgres`, a PostgreSQL copy
 * of it in a database of this bench's own (bench/lib/postgres-pages.ts, as bench/list.ts).
 * Run under `flock -x /tmp/claimtrack-bench.lock`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { synthesize } from '../scripts/synth/load';
import { ensurePostgresCopy, POSTGRES_SERVER_ENV } from './lib/postgres-pages';
import { ms, summarise } from './lib/stats';

/** Its own PostgreSQL database, so that it never replaces another bench's copy mid-run. */
const POSTGRES_DATABASE = 'claimtrack_bench_figures';

const { values: args } = parseArgs({
  options: {
    claims: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '20' },
    database: { type: 'string', default: 'sqlite' },
  },
});
const claims = Number(args.claims.replaceAll('_', ''));
const runs = Number(args.runs);
if (![claims, runs].every((n) => Number.isSafeInteger(n) && n >= 1)) {
  throw new Error('--claims and --runs must be whole numbers ≥ 1');
}
if (args.database !== 'sqlite' && args.database !== 'postgres') {
  throw new Error('--database must be sqlite or postgres');
}

async function main(): Promise<void> {
  const file = path.resolve('data', `bench-figures-${claims}.db`);
  const url = `file:${file}`;
  const log = (line: string) => process.stderr.write(`${line}\n`);

  if (!fs.existsSync(file)) {
    log(`Generating ${claims} claims into ${file} (synth module)…`);
    await synthesize({
      databaseUrl: url,
      claims,
      citationsPerClaim: 3,
      seed: 1,
      until: new Date('2026-11-01T00:00:00Z'),
      append: false,
      log,
    });
    new Database(file).exec('ANALYZE').close();
  }
  if (args.database === 'postgres') {
    // The app refuses PostgreSQL without the settings several app servers must share.
    Object.assign(process.env, POSTGRES_SERVER_ENV);
    process.env.DATABASE_URL = await ensurePostgresCopy(url, POSTGRES_DATABASE, claims, log);
  } else {
    process.env.DATABASE_URL = url;
  }

  // Imported after DATABASE_URL is set: lib/db picks its provider once, at import.
  const { findFiguresForClaimIds, findFiguresForList } = await import('@/lib/figures/find-figures');
  const { parseClaimListQuery } = await import('@/lib/validation/claim-list-query');

  const raw = new Database(file, { readonly: true });
  const topClaimant = raw
    .prepare(
      `SELECT "claimantId" AS id FROM "Claim" WHERE "status" = 'published' AND "deletedAt" IS NULL
       GROUP BY "claimantId" ORDER BY count(*) DESC LIMIT 1`,
    )
    .get() as { id: number };
  const storyIds = (
    raw
      .prepare(
        `SELECT id FROM "Claim" WHERE "quantityUnit" IS NOT NULL ORDER BY id DESC LIMIT 1000`,
      )
      .all() as { id: number }[]
  ).map((r) => r.id);
  raw.close();

  type Run = () => Promise<{ series: { points: unknown[] }[]; scanCapped: boolean }>;
  const scenarios: [string, Run][] = [
    ['/claims?view=figures (no filter)', () => findFiguresForList(parseClaimListQuery({}))],
    [
      `/claims?claimant=${topClaimant.id}&view=figures`,
      () => findFiguresForList(parseClaimListQuery({ claimant: String(topClaimant.id) })),
    ],
    [
      '/claims?q=troops&view=figures',
      () => findFiguresForList(parseClaimListQuery({ q: 'troops' })),
    ],
    ['a story of 1,000 claims (FiguresForClaims)', () => findFiguresForClaimIds(storyIds)],
  ];

  const [load1] = os.loadavg();
  console.log(
    `figures bench (${args.database}): ${claims} claims, ${runs} runs each, load average ${load1!.toFixed(2)}`,
  );
  console.log('| scenario | points | p50 | p90 | p99 |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, run] of scenarios) {
    const first = await run(); // warm-up, and the size of what it draws
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await run();
      samples.push(performance.now() - started);
    }
    const s = summarise(samples);
    const points = first.series.reduce((n, x) => n + x.points.length, 0);
    const note = first.scanCapped ? ' (scan capped)' : '';
    console.log(`| ${name} | ${points}${note} | ${ms(s.p50)} | ${ms(s.p90)} | ${ms(s.p99)} |`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

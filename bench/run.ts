/**
 * `npm run bench`: reader-page performance on a 100,000-claim data set, over HTTP against the
 * production build and straight through better-sqlite3, side by side. Prints figures and a
 * Markdown table for the README, writes bench/results/latest.json. A missed target is reported,
 * never an error: the exit code is 0 unless the bench itself breaks.
 *
 *   --database URL      benchmark database (default file:./data/bench.db; made when missing);
 *                       `postgres`: the servers read a PostgreSQL copy of that same data
 *                       (bench/lib/postgres-pages.ts); the SQL column stays SQLite's
 *   --port N            first port to try for the server (default 3200)
 *   --connections N     concurrent HTTP connections (default 10, sized for 2 cores)
 *   --duration S        measured seconds per HTTP scenario (default 10)
 *   --warmup S          discarded warm-up seconds per HTTP scenario (default 3)
 *   --iterations N      raw SQL iterations per scenario (default 2000, capped at 20 s each)
 *   --word W            search word (default: picked by frequency from the data)
 *   --sql-only          skip the build, the server and HTTP
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { databaseProvider, resolveDatabaseUrl } from '@/lib/database-url';
import { PROJECT_ROOT } from '../scripts/synth/schema';
import { ensureBenchDatabase, type BenchDatabase } from './lib/database';
import { ensurePostgresPages, POSTGRES_SERVER_ENV } from './lib/postgres-pages';
import { measurePaths, warmPageCache, type HttpOutcome, type LoadOptions } from './lib/http';
import {
  detailPageSteps,
  filterOptionsPlans,
  filterOptionsSteps,
  listPageSteps,
  listPlans,
  listQueryOf,
  matchCount,
  timeSteps,
  type RawResult,
} from './lib/raw-sql';
import {
  machine,
  markdownTable,
  resultRows,
  textTable,
  verdictOf,
  type ScenarioResult,
  type Target,
} from './lib/report';
import { pickSearchWord, type SearchWord } from './lib/search-word';
import {
  ensureBuild,
  freePort,
  installCleanupHandlers,
  startServer,
  type BuildOutcome,
} from './lib/server';
import { ms } from './lib/stats';

const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');
const FILTER_VERDICTS = ['false', 'misleading'] as const;
const DETAIL_IDS = 200;
/** Offered loads for the targets: the list target names 100 req/s; the claim page names none. */
const SEARCH_RATE = 100;
const DETAIL_RATE = 50;

const log = (line: string) => process.stderr.write(`${line}\n`);
const int = (n: number) => n.toLocaleString('en-US');

function options() {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: 'file:./data/bench.db' },
      port: { type: 'string', default: '3200' },
      connections: { type: 'string', default: '10' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      iterations: { type: 'string', default: '2000' },
      word: { type: 'string' },
      'sql-only': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const whole = (
    name: 'port' | 'connections' | 'duration' | 'warmup' | 'iterations',
    min: number,
  ) => {
    const v = Number(values[name]);
    if (!Number.isSafeInteger(v) || v < min) {
      throw new Error(`--${name} must be a whole number ≥ ${min}`);
    }
    return v;
  };
  const postgres = values.database === 'postgres';
  const database = postgres
    ? 'file:./data/bench.db'
    : values.database.startsWith('file:')
      ? values.database
      : `file:${values.database}`;
  return {
    databaseUrl: resolveDatabaseUrl(database, PROJECT_ROOT),
    postgres,
    port: whole('port', 1),
    load: {
      connections: whole('connections', 1),
      durationSeconds: whole('duration', 1),
      warmupSeconds: whole('warmup', 0),
    } satisfies LoadOptions,
    iterations: whole('iterations', 1),
    word: values.word?.trim().toLowerCase() || null,
    sqlOnly: values['sql-only'],
  };
}

interface Inputs {
  word: SearchWord;
  /** Claims shown in all for the search-and-filter URL. */
  searchTotal: number;
  detailIds: number[];
  paths: { list: string; search: string; detail: string[] };
  /** More list states, for plans and raw timings only. */
  otherLists: { label: string; path: string }[];
}

/** Scenario inputs, drawn from the data. */
function inputs(file: string, wordOption: string | null): Inputs {
  const db = new Database(file, { readonly: true });
  try {
    let word: SearchWord;
    if (wordOption) {
      const counts = matchCount(db, wordOption);
      word = {
        word: wordOption,
        matches: counts.all,
        visibleMatches: counts.visible,
        targetShare: Number.NaN,
      };
    } else {
      word = pickSearchWord(db);
    }
    // Spread over the table, the same ids every run.
    const detailIds = (
      db
        .prepare(
          `SELECT "id" FROM "Claim" WHERE "status" = 'published' AND "deletedAt" IS NULL
           ORDER BY ("id" * 2654435761) % 4294967291 LIMIT ?`,
        )
        .all(DETAIL_IDS) as { id: number }[]
    ).map((r) => r.id);
    const verdicts = FILTER_VERDICTS.map((v) => `verdict=${v}`).join('&');
    const paths = {
      list: '/claims',
      search: `/claims?q=${encodeURIComponent(word.word)}&${verdicts}`,
      detail: detailIds.map((id) => `/claims/${id}`),
    };
    const searchSteps = listPageSteps(db, listQueryOf(paths.search))();
    const totalStep = searchSteps.find(([name]) => name.startsWith('total'));
    const searchTotal = Number((totalStep?.[1]() as { total?: number } | undefined)?.total ?? 0);

    const tags = db
      .prepare(
        `SELECT t."slug", count(*) AS n FROM "ClaimTag" ct JOIN "Tag" t ON t."id" = ct."tagId"
         GROUP BY t."id" ORDER BY n DESC, t."slug"`,
      )
      .all() as { slug: string; n: number }[];
    const source = db
      .prepare(
        `SELECT "sourceId" AS id, count(*) AS n FROM "Citation" WHERE "deletedAt" IS NULL
         GROUP BY "sourceId" ORDER BY n DESC, "sourceId" LIMIT 1`,
      )
      .get() as { id: number; n: number } | undefined;
    const common = tags[0];
    const rare = tags[tags.length - 1];
    const otherLists = [
      { label: 'verdict filter, no search', path: `/claims?${verdicts}` },
      { label: 'sort by verdict', path: '/claims?sort=verdict' },
      { label: 'confidence + sort by verdict', path: '/claims?confidence=high&sort=verdict' },
      ...(common
        ? [{ label: `common tag (${int(common.n)})`, path: `/claims?tag=${common.slug}` }]
        : []),
      ...(rare ? [{ label: `rare tag (${int(rare.n)})`, path: `/claims?tag=${rare.slug}` }] : []),
      ...(source
        ? [{ label: `most-cited source (${int(source.n)})`, path: `/claims?source=${source.id}` }]
        : []),
      { label: 'common word', path: '/claims?q=russia' },
      { label: 'deep page', path: '/claims?page=2000' },
    ];
    return { word, searchTotal, detailIds, paths, otherLists };
  } finally {
    db.close();
  }
}

interface RawSide {
  list: RawResult;
  search: RawResult;
  detail: RawResult;
  filterOptions: RawResult;
  others: {
    label: string;
    path: string;
    result: RawResult;
    plan: { page: string[]; count: string[] };
  }[];
  plans: Record<
    string,
    { page: string[]; count: string[] } | { claimants: string[]; tags: string[] }
  >;
}

function rawSide(file: string, input: Inputs, iterations: number): RawSide {
  const db = new Database(file, { readonly: true });
  try {
    const budget = { iterations, maxSeconds: 20 };
    log(`Raw SQL: ${input.paths.list}…`);
    const list = timeSteps(listPageSteps(db, listQueryOf(input.paths.list)), budget);
    log(`Raw SQL: ${input.paths.search}…`);
    const search = timeSteps(listPageSteps(db, listQueryOf(input.paths.search)), budget);
    log(`Raw SQL: claim detail (${input.detailIds.length} claims in turn)…`);
    const detail = timeSteps(detailPageSteps(db, input.detailIds), budget);
    log('Raw SQL: filter options (claimants and tags with published counts)…');
    const filterOptions = timeSteps(filterOptionsSteps(db), {
      iterations: Math.min(iterations, 100),
      maxSeconds: 10,
      warmup: 2,
    });
    log('Raw SQL: other list states…');
    const others = input.otherLists.map(({ label, path: p }) => ({
      label,
      path: p,
      result: timeSteps(listPageSteps(db, listQueryOf(p)), {
        iterations: Math.min(iterations, 100),
        maxSeconds: 5,
        warmup: 2,
      }),
      plan: listPlans(db, listQueryOf(p)),
    }));
    return {
      list,
      search,
      detail,
      filterOptions,
      others,
      plans: {
        [input.paths.list]: listPlans(db, listQueryOf(input.paths.list)),
        [input.paths.search]: listPlans(db, listQueryOf(input.paths.search)),
        'filter options': filterOptionsPlans(db),
      },
    };
  } finally {
    db.close();
  }
}

interface HttpSide {
  build: BuildOutcome | null;
  server: string | null;
  list: HttpOutcome | null;
  search: HttpOutcome | null;
  detail: HttpOutcome | null;
  searchAtRate: HttpOutcome | null;
  detailAtRate: HttpOutcome | null;
  error?: string;
}

/**
 * One server run: the page cache on (as `npm start` serves: repeat views of a page nobody has
 * changed come from memory) or off (PAGE_CACHE_MB=0: every request rendered by Next.js).
 */
async function httpSide(
  databaseUrl: string,
  firstPort: number,
  paths: Inputs['paths'],
  load: LoadOptions,
  pageCache: boolean,
): Promise<HttpSide> {
  const side: HttpSide = {
    build: null,
    server: null,
    list: null,
    search: null,
    detail: null,
    searchAtRate: null,
    detailAtRate: null,
  };
  side.build = await ensureBuild(path.join(RESULTS_DIR, 'build.log'), log);
  if (!side.build.ok) {
    side.error = side.build.message ?? 'next build failed';
    return side;
  }
  const port = await freePort(firstPort);
  const mode = pageCache ? 'page cache on' : 'page cache off';
  log(`Starting the server (${mode}) on 127.0.0.1:${port} (log: bench/results/server.log)…`);
  const server = await startServer({
    port,
    databaseUrl,
    logFile: path.join(RESULTS_DIR, 'server.log'),
    env: {
      ...(databaseProvider(databaseUrl) === 'postgres' ? POSTGRES_SERVER_ENV : {}),
      ...(pageCache ? {} : { PAGE_CACHE_MB: '0' }),
    },
  });
  side.server = server.baseUrl;
  try {
    const how = `${load.warmupSeconds} s warm-up + ${load.durationSeconds} s, ${load.connections} connections, ${mode}`;
    log(`HTTP ${paths.list} (${how})…`);
    side.list = await measurePaths(server.baseUrl, [paths.list], load);
    log(`HTTP ${paths.search} (${how})…`);
    side.search = await measurePaths(server.baseUrl, [paths.search], load);
    if (pageCache) {
      // Steady state: every claim page already rendered once per process. The cold case, every
      // request rendered, is the PAGE_CACHE_MB=0 run.
      log(`Warming the page cache with ${paths.detail.length} claim pages…`);
      await warmPageCache(server.baseUrl, paths.detail, serverProcesses());
    }
    log(`HTTP /claims/<id> over ${paths.detail.length} claims (${how})…`);
    side.detail = await measurePaths(server.baseUrl, paths.detail, load);
    // The targets are latencies at a given load, so they are measured at a fixed offered rate
    // with enough connections that none waits for a free one.
    const paced = (rate: number) => ({
      ...load,
      rate,
      connections: Math.max(load.connections, 50),
    });
    log(`HTTP ${paths.search} at ${SEARCH_RATE} req/s offered (${mode})…`);
    side.searchAtRate = await measurePaths(server.baseUrl, [paths.search], paced(SEARCH_RATE));
    log(`HTTP /claims/<id> at ${DETAIL_RATE} req/s offered (${mode})…`);
    side.detailAtRate = await measurePaths(server.baseUrl, paths.detail, paced(DETAIL_RATE));
  } finally {
    await server.stop();
    log('Server stopped.');
  }
  return side;
}

/** Processes `npm start` runs: WEB_CONCURRENCY, else one per core (lib/env.ts). */
function serverProcesses(): number {
  return Number(process.env.WEB_CONCURRENCY) || os.availableParallelism();
}

const failedSide = (error: unknown): HttpSide => ({
  build: null,
  server: null,
  list: null,
  search: null,
  detail: null,
  searchAtRate: null,
  detailAtRate: null,
  error: error instanceof Error ? error.message : String(error),
});

function target(
  description: string,
  outcome: HttpOutcome | null,
  test: (f: NonNullable<HttpOutcome['figures']>) => boolean,
): Target {
  const f = outcome?.figures;
  return { description, pass: f ? test(f) : null };
}

function ratio(http: HttpOutcome | null, raw: RawResult): number | null {
  const p50 = http?.figures?.latency.p50;
  return p50 === undefined ? null : p50 / Math.max(raw.total.p50, 0.001);
}

async function main(): Promise<void> {
  process.chdir(PROJECT_ROOT);
  const opts = options();
  const started = performance.now();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });

  // While the data set is generated, Ctrl-C is the synth module's: it stops between transactions
  // and leaves a consistent database. From here on, it stops the build or the server.
  const data: BenchDatabase = await ensureBenchDatabase(opts.databaseUrl, log);
  installCleanupHandlers();
  const input = inputs(data.file, opts.word);
  const { word, paths } = input;
  log(
    `Search word "${word.word}": ${int(word.matches)} claims match (${int(word.visibleMatches)} ` +
      `published), ${int(input.searchTotal)} with verdict ${FILTER_VERDICTS.join(' or ')}.`,
  );

  const raw = rawSide(data.file, input, opts.iterations);

  let http: HttpSide | null = null;
  let rendered: HttpSide | null = null;
  if (!opts.sqlOnly) {
    const serverUrl = opts.postgres
      ? await ensurePostgresPages(opts.databaseUrl, data.claims, log)
      : opts.databaseUrl;
    http = await httpSide(serverUrl, opts.port, paths, opts.load, true).catch(failedSide);
    if (!http.error) {
      rendered = await httpSide(serverUrl, opts.port, paths, opts.load, false).catch(failedSide);
    }
  }

  const searchTarget = (outcome: HttpOutcome | null) =>
    target(
      `p99 < 100 ms at ≥ ${SEARCH_RATE} req/s`,
      outcome,
      // autocannon paces per second; 97 % of the offered rate counts as sustained.
      (f) => f.latency.p99 < 100 && f.requestsPerSecond >= SEARCH_RATE * 0.97,
    );
  const detailTarget = (outcome: HttpOutcome | null) =>
    target('p99 < 50 ms', outcome, (f) => f.latency.p99 < 50);
  const sideScenarios = (side: HttpSide | null, cached: boolean): ScenarioResult[] => {
    const suffix = cached ? '' : 'Rendered';
    const note = cached ? ', page cache warm' : ', every request rendered';
    const row = (
      key: 'list' | 'search' | 'detail' | 'searchAtRate' | 'detailAtRate',
      label: string,
      request: string,
      rawResult: RawResult,
      withTarget: ((o: HttpOutcome | null) => Target) | null,
    ): ScenarioResult => {
      const outcome = side?.[key] ?? null;
      return {
        key: `${key}${suffix}`,
        label: `${label}${note}`,
        request,
        http: outcome,
        raw: rawResult,
        httpToSqlRatio: ratio(outcome, rawResult),
        target: withTarget ? withTarget(outcome) : null,
      };
    };
    return [
      row('list', '(a) /claims page 1', paths.list, raw.list, null),
      row('search', `(b) search "${word.word}" + 2 verdicts`, paths.search, raw.search, null),
      row(
        'searchAtRate',
        `(b) same, ${SEARCH_RATE} req/s offered`,
        paths.search,
        raw.search,
        searchTarget,
      ),
      row(
        'detail',
        `(c) /claims/<id>, ${input.detailIds.length} claims`,
        '/claims/<id>',
        raw.detail,
        null,
      ),
      row(
        'detailAtRate',
        `(c) same, ${DETAIL_RATE} req/s offered`,
        '/claims/<id>',
        raw.detail,
        detailTarget,
      ),
    ];
  };
  const scenarios: ScenarioResult[] = [
    ...sideScenarios(http, true),
    ...(opts.sqlOnly ? [] : sideScenarios(rendered, false)),
  ];

  const m = machine();
  const machineLine = `${m.os}, ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}`;
  const out: string[] = [];
  out.push('', `Claimtrack bench — ${new Date().toISOString()}`, `Machine: ${machineLine}`);
  out.push(
    `Data: ${int(data.claims)} claims (${int(data.publishedLive)} published), ` +
      `${int(data.citations)} citations, ${int(data.sources)} sources, ` +
      `${(data.sizeBytes / 1024 ** 2).toFixed(0)} MiB (${data.file})`,
  );
  out.push(
    `Search: "${word.word}" is in ${int(word.matches)} claims; ${int(input.searchTotal)} ` +
      `published ones have verdict ${FILTER_VERDICTS.join('/')}.`,
    '',
  );

  out.push('Raw SQL through better-sqlite3 (ms per page view, and per statement):');
  const rawRows: string[][] = [];
  const addRaw = (label: string, r: RawResult, withSteps = true) => {
    rawRows.push([label, String(r.iterations), ms(r.total.mean), ms(r.total.p50), ms(r.total.p99)]);
    if (!withSteps) return;
    for (const s of r.steps) {
      rawRows.push([`  ${s.step}`, '', ms(s.summary.mean), ms(s.summary.p50), ms(s.summary.p99)]);
    }
  };
  const labelOf = (key: ScenarioResult['key']) => scenarios.find((s) => s.key === key)!.label;
  addRaw(labelOf('list'), raw.list);
  addRaw(labelOf('search'), raw.search);
  addRaw(labelOf('detail'), raw.detail);
  addRaw('filter options (lib/claims/filter-options.ts; every /claims request)', raw.filterOptions);
  out.push(textTable(['Query', 'runs', 'mean', 'p50', 'p99'], rawRows), '');

  out.push('Other list states (raw SQL: page ids + total + hydration):');
  out.push(
    textTable(
      ['List state', 'p50', 'p99', 'Plan warnings', 'URL'],
      raw.others.map((o) => [
        o.label,
        ms(o.result.total.p50),
        ms(o.result.total.p99),
        planWarnings([...o.plan.page, ...o.plan.count]),
        o.path,
      ]),
      ['left', 'right', 'right', 'left', 'left'],
    ),
    '',
  );

  if (http === null) {
    out.push('HTTP: skipped (--sql-only).');
  } else if (http.error || rendered?.error) {
    out.push(`HTTP: not measured — ${http.error ?? rendered?.error}`);
  } else {
    const b = http.build;
    out.push(
      `HTTP: the production server as \`npm start\` runs it (build ${b?.status === 'built' ? `made in ${b.seconds.toFixed(0)} s` : 'reused'}), ` +
        'first with its reader-page cache (repeat views of unchanged pages), then with ' +
        'PAGE_CACHE_MB=0 (every request rendered); ' +
        `${opts.load.connections} connections, ${opts.load.warmupSeconds} s warm-up + ` +
        `${opts.load.durationSeconds} s per scenario.`,
    );
    for (const s of scenarios) {
      if (s.http?.skipped) out.push(`  ${s.label}: skipped — ${s.http.skipped}`);
    }
  }
  out.push('');
  const table = resultRows(scenarios);
  out.push(textTable(table.header, table.rows), '', 'Targets:');
  for (const s of scenarios) if (s.target) out.push(`  ${s.label}: ${verdictOf(s.target)}`);
  out.push('', 'Query plans (EXPLAIN QUERY PLAN):');
  for (const [name, plan] of Object.entries(raw.plans)) {
    for (const [part, lines] of Object.entries(plan)) {
      out.push(`  ${name} — ${part}:`, ...(lines as string[]).map((l) => `    ${l}`));
    }
  }
  out.push('', 'Markdown for the README (Performance):', '');
  out.push(
    `Measured with \`npm run bench${opts.postgres ? ' -- --database postgres' : ''}\` on ` +
      `${machineLine}; ${int(data.claims)} claims, ` +
      `${int(data.citations)} citations. HTTP: the production server (\`npm start\`'s` +
      `${opts.postgres ? ', on a PostgreSQL copy of the data' : ''}), with its ` +
      'reader-page cache, then with PAGE_CACHE_MB=0 ("every request rendered"), ' +
      `${opts.load.connections} connections, ${opts.load.durationSeconds} s per scenario after a ` +
      `${opts.load.warmupSeconds} s warm-up. SQL: the same queries straight through better-sqlite3 ` +
      `(list: claimListSql + hydration, up to ${int(opts.iterations)} runs; the list page also ` +
      `runs lib/claims/filter-options.ts, p50 ${ms(raw.filterOptions.total.p50)} ms, not included). ` +
      'Latencies in ms.',
    '',
    markdownTable(table.header, table.rows),
    '',
  );
  process.stdout.write(`${out.join('\n')}\n`);

  const results = {
    generatedAt: new Date().toISOString(),
    totalSeconds: (performance.now() - started) / 1000,
    machine: m,
    options: {
      ...opts.load,
      iterations: opts.iterations,
      sqlOnly: opts.sqlOnly,
      serversOn: opts.postgres ? 'postgres' : 'sqlite',
    },
    database: data,
    search: { ...word, verdicts: FILTER_VERDICTS, total: input.searchTotal },
    scenarios,
    filterOptions: raw.filterOptions,
    otherListStates: raw.others,
    plans: raw.plans,
    http: http && {
      build: http.build,
      server: http.server,
      error: http.error ?? rendered?.error ?? null,
    },
  };
  const file = path.join(RESULTS_DIR, opts.postgres ? 'latest-postgres.json' : 'latest.json');
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(
    `Results written to ${path.relative(PROJECT_ROOT, file)} ` +
      `(${results.totalSeconds.toFixed(0)} s in all).`,
  );
}

/** The plan steps that do not scale: full scans, per-row subqueries, sorts of every match. */
function planWarnings(lines: string[]): string {
  const warnings = new Set<string>();
  for (const l of lines) {
    if (/^\s*SCAN c\b/.test(l)) warnings.add('full table scan');
    if (/TEMP B-TREE FOR ORDER BY/.test(l)) warnings.add('sorts all matches');
    // "LAST TERM" alone is the id tie-break, sorted within equal timestamps: harmless.
    if (/TEMP B-TREE FOR (LAST \d+ TERMS|RIGHT PART)/.test(l)) warnings.add('partial sort');
    if (/CORRELATED SCALAR SUBQUERY/.test(l)) warnings.add('per-row subquery');
  }
  return [...warnings].join(', ') || '–';
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);

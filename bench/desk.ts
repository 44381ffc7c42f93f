/**
 * `npm run bench:desk` (also run by `npm run bench`): My desk (/editor) and the board
 * (/editor/board) on the 100,000-claim data set with its claims spread over the desk's stages
 * and 50 editors (scripts/synth/desk.ts), signed in — so every request is rendered, never served
 * from the page cache — against the production server as `npm start` runs it. Requests arrive
 * at a steady rate, each as the next of the 50 editors; target p99 < 200 ms. Also prints the
 * plan and time of each of the desk's queries, the header's unread count among them.
 * A missed target is reported, never an error.
 *
 *   --database URL   benchmark SQLite file (default file:./data/bench.db, made when missing);
 *                    `postgres`: the server reads a PostgreSQL copy of it (claimtrack_bench_desk)
 *   --port N         first port to try (default 3300)
 *   --rate R         requests per second offered per scenario (default 10: 50 editors, each
 *                    opening a desk page every 5 s)
 *   --duration S     measured seconds per scenario (default 20)
 *   --warmup S       discarded warm-up seconds per scenario (default 3)
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDatabaseUrl } from '@/lib/database-url';
import { PROJECT_ROOT } from '../scripts/synth/schema';
import { ensureBenchDatabase } from './lib/database';
import {
  DESK_BENCH_SECRET,
  ensureDeskData,
  ensurePostgresDesk,
  signInDeskEditors,
  type DeskEditor,
} from './lib/desk-database';
import {
  deskStatements,
  postgresStatements,
  sqliteStatements,
  type StatementResult,
} from './lib/desk-sql';
import { pacedLoad, type PacedFigures } from './lib/paced-load';
import { machine, markdownTable, textTable } from './lib/report';
import { ensureBuild, freePort, installCleanupHandlers, startServer } from './lib/server';
import { ms } from './lib/stats';

const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');
const TARGET_P99 = 200;
const log = (line: string) => process.stderr.write(`${line}\n`);

function options() {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: 'file:./data/bench.db' },
      port: { type: 'string', default: '3300' },
      rate: { type: 'string', default: '10' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '3' },
    },
    strict: true,
  });
  const whole = (name: 'port' | 'rate' | 'duration' | 'warmup', min: number) => {
    const v = Number(values[name]);
    if (!Number.isSafeInteger(v) || v < min)
      throw new Error(`--${name} must be a whole number ≥ ${min}`);
    return v;
  };
  const postgres = values.database === 'postgres';
  const file = postgres
    ? 'file:./data/bench.db'
    : values.database.startsWith('file:')
      ? values.database
      : `file:${values.database}`;
  return {
    sqliteUrl: resolveDatabaseUrl(file, PROJECT_ROOT),
    postgres,
    port: whole('port', 1),
    rate: whole('rate', 1),
    duration: whole('duration', 1),
    warmup: whole('warmup', 0),
  };
}

interface Scenario {
  label: string;
  /** The path the i-th request asks for, as the i-th editor. */
  pathFor: (editor: DeskEditor) => string;
  /** Text the page must hold (so a sign-in redirect or an error page is not measured). */
  expect: string;
}

const SCENARIOS: Scenario[] = [
  { label: 'My desk (/editor)', pathFor: () => '/editor', expect: 'Assigned to me' },
  { label: 'Board (/editor/board)', pathFor: () => '/editor/board', expect: 'See all' },
  {
    label: 'Board filtered by assignee',
    pathFor: (e) => `/editor/board?assignee=${e.id}`,
    expect: 'Board filters',
  },
];

interface ScenarioResult {
  label: string;
  figures: PacedFigures | null;
  error?: string;
  pass: boolean | null;
}

async function measure(
  baseUrl: string,
  editors: DeskEditor[],
  scenario: Scenario,
  opts: ReturnType<typeof options>,
): Promise<ScenarioResult> {
  const first = editors[0]!;
  const probe = await fetch(`${baseUrl}${scenario.pathFor(first)}`, {
    headers: { cookie: first.cookie },
    redirect: 'manual',
  });
  const body = await probe.text();
  if (probe.status !== 200 || !body.includes(scenario.expect)) {
    return {
      label: scenario.label,
      figures: null,
      pass: null,
      error: `GET ${scenario.pathFor(first)} answered ${probe.status} without “${scenario.expect}”`,
    };
  }
  const paths = editors.map((e) => scenario.pathFor(e));
  const run = (seconds: number) =>
    pacedLoad({
      baseUrl,
      paths,
      rate: opts.rate,
      seconds,
      connections: 50,
      headers: (i) => ({ cookie: editors[i % editors.length]!.cookie }),
    });
  log(
    `HTTP ${scenario.label}: ${opts.warmup} s warm-up + ${opts.duration} s at ${opts.rate} req/s…`,
  );
  if (opts.warmup > 0) await run(opts.warmup);
  const figures = await run(opts.duration);
  return {
    label: scenario.label,
    figures,
    pass: figures.latency.p99 < TARGET_P99 && figures.non2xx === 0 && figures.errors === 0,
  };
}

function statementRows(results: StatementResult[]): string[][] {
  return results.map((r) => [r.label, ms(r.timing.p50, 3), ms(r.timing.p99, 3)]);
}

async function main(): Promise<void> {
  process.chdir(PROJECT_ROOT);
  const opts = options();
  const started = performance.now();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const data = await ensureBenchDatabase(opts.sqliteUrl, log);
  ensureDeskData(data.file, log);
  installCleanupHandlers();
  const serverUrl = opts.postgres
    ? await ensurePostgresDesk(opts.sqliteUrl, data.claims, log)
    : opts.sqliteUrl;

  const editors = await signInDeskEditors(serverUrl);
  const statements = deskStatements(editors[0]!.id);
  log('Desk queries: plans and timings…');
  const sql = opts.postgres
    ? await postgresStatements(serverUrl, statements)
    : sqliteStatements(data.file, statements);

  const build = await ensureBuild(path.join(RESULTS_DIR, 'build.log'), log);
  if (!build.ok) throw new Error(build.message ?? 'next build failed');
  const port = await freePort(opts.port);
  log(`Starting the server on 127.0.0.1:${port} (log: bench/results/desk-server.log)…`);
  const server = await startServer({
    port,
    databaseUrl: serverUrl,
    logFile: path.join(RESULTS_DIR, 'desk-server.log'),
    env: { BETTER_AUTH_SECRET: DESK_BENCH_SECRET, SITE_URL: `http://127.0.0.1:${port}` },
  });
  const results: ScenarioResult[] = [];
  try {
    for (const scenario of SCENARIOS) {
      results.push(
        await measure(server.baseUrl, editors, scenario, opts).catch((error: unknown) => ({
          label: scenario.label,
          figures: null,
          pass: null,
          error: error instanceof Error ? error.message : String(error),
        })),
      );
    }
  } finally {
    await server.stop();
  }

  const m = machine();
  const machineLine = `${m.os}, ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}`;
  const provider = opts.postgres ? 'PostgreSQL' : 'SQLite';
  const header = ['Page', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'non-2xx', 'Target'];
  const rows = results.map((r) => {
    const f = r.figures;
    const mark = r.pass === null ? `not measured (${r.error})` : r.pass ? 'PASS' : 'MISS';
    return [
      r.label,
      f ? f.requestsPerSecond.toFixed(1) : '–',
      f ? ms(f.latency.p50, 1) : '–',
      f ? ms(f.latency.p90, 1) : '–',
      f ? ms(f.latency.p99, 1) : '–',
      f ? ms(f.latency.max, 1) : '–',
      f ? String(f.non2xx + f.errors) : '–',
      `${mark} (p99 < ${TARGET_P99} ms)`,
    ];
  });
  const sqlHeader = ['Query', 'p50 ms', 'p99 ms'];
  const out = [
    '',
    `Claimtrack desk bench — ${new Date().toISOString()}`,
    `Machine: ${machineLine}`,
    `Data: ${data.claims.toLocaleString('en-US')} claims over 6 stages, 50 editors (${provider}` +
      `${opts.postgres ? ', a copy of ' + data.file : ', ' + data.file}).`,
    `HTTP: the production server as \`npm start\` runs it, every request signed in as the next of ` +
      `50 editors (rendered, never from the page cache), ${opts.rate} req/s offered, ` +
      `${opts.warmup} s warm-up + ${opts.duration} s per page.`,
    '',
    textTable(header, rows),
    '',
    `Desk queries on ${provider} (${editors[0]!.id}; ${opts.postgres ? 'through pg, round trip included' : 'better-sqlite3, in process'}):`,
    textTable(sqlHeader, statementRows(sql)),
    '',
    'Query plans:',
    ...sql.flatMap((r) => [`  ${r.label}:`, ...r.plan.map((l) => `    ${l}`)]),
    '',
    'Markdown for the README (Performance, desk):',
    '',
    `Measured with \`npm run bench:desk${opts.postgres ? ' -- --database postgres' : ''}\` on ` +
      `${machineLine}; ${data.claims.toLocaleString('en-US')} claims, 50 signed-in editors, ` +
      `${opts.rate} req/s offered, ${opts.duration} s per page. Latencies in ms.`,
    '',
    markdownTable(header, rows),
    '',
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  const file = path.join(
    RESULTS_DIR,
    opts.postgres ? 'desk-postgres-latest.json' : 'desk-latest.json',
  );
  fs.writeFileSync(
    file,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        totalSeconds: (performance.now() - started) / 1000,
        machine: m,
        options: { ...opts, sqliteUrl: undefined },
        scenarios: results,
        queries: sql,
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

/**
 * `npm run bench:editors` (also run by `npm run bench`): concurrent verdict edits through the
 * data layer the server actions call, in the server's own configuration — one process per core
 * (scripts/serve-cluster.ts), each with its one SQLite connection or its PostgreSQL pool — with
 * the editors spread over them. Two phases: (a) each editor on their own claim, (b) all editors on the same few claims.
 * Then checks that no update was lost: per claim, versions, verdict revisions and audit events
 * all advanced by exactly the number of successful saves. A missed target is reported, never an
 * error: the exit code is 0 unless the bench itself breaks.
 *
 *   --seconds S     measured seconds per phase (default 30)
 *   --editors N     concurrent editors (default 20)
 *   --workers N     server processes (default: one per core)
 *   --shared N      claims shared in phase (b) (default 3)
 *   --database URL  scratch database, recreated every run (default file:./data/bench-editors.db);
 *                   `postgres` for the database claimtrack_bench_editors on the server of
 *                   BENCH_POSTGRES_URL (default postgresql://claimtrack@127.0.0.1:5432/claimtrack),
 *                   or a postgresql:// URL
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databaseProvider, resolveDatabaseUrl } from '@/lib/database-url';
import { PROJECT_ROOT } from '../scripts/synth/schema';
import {
  claimsOutOfStep,
  prepareEditorsDatabase,
  readCounters,
  type ClaimCounters,
} from './lib/editors-database';
import type {
  EditorAssignment,
  PhaseOutcome,
  RunPhase,
  WorkerMessage,
} from './lib/editors-protocol';
import { machine, markdownTable, textTable, verdictOf, type Target } from './lib/report';
import { postgresCpuSeconds } from './lib/postgres-cpu';
import { ms, summarise, type Summary } from './lib/stats';

/** The results of the last run, one file per provider. */
const resultsFile = (databaseUrl: string) =>
  path.join(
    PROJECT_ROOT,
    'bench',
    'results',
    databaseProvider(databaseUrl) === 'sqlite'
      ? 'editors-latest.json'
      : 'editors-postgres-latest.json',
  );
const WORKER = path.join(__dirname, 'lib', 'editors-worker.ts');
const TARGET_RATE = 300;
const TARGET_P99 = 250;

const log = (line: string) => process.stderr.write(`${line}\n`);

function options() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '30' },
      editors: { type: 'string', default: '20' },
      workers: { type: 'string', default: String(os.availableParallelism()) },
      shared: { type: 'string', default: '3' },
      database: { type: 'string', default: 'file:./data/bench-editors.db' },
    },
    strict: true,
  });
  const whole = (name: 'seconds' | 'editors' | 'workers' | 'shared') => {
    const v = Number(values[name]);
    if (!Number.isSafeInteger(v) || v < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
    return v;
  };
  return {
    seconds: whole('seconds'),
    editors: whole('editors'),
    workers: whole('workers'),
    shared: whole('shared'),
    databaseUrl: scratchDatabaseUrl(values.database),
  };
}

const POSTGRES_SCRATCH = 'claimtrack_bench_editors';

function scratchDatabaseUrl(database: string): string {
  if (database === 'postgres') {
    const url = new URL(
      process.env.BENCH_POSTGRES_URL ?? 'postgresql://claimtrack@127.0.0.1:5432/claimtrack',
    );
    url.pathname = `/${POSTGRES_SCRATCH}`;
    return url.toString();
  }
  if (/^postgres(ql)?:/.test(database)) return database;
  const file = database.startsWith('file:') ? database : `file:${database}`;
  return resolveDatabaseUrl(file, PROJECT_ROOT);
}

/** The scratch database as the report names it (a PostgreSQL URL without its credentials). */
function describeDatabase(databaseUrl: string): string {
  if (databaseProvider(databaseUrl) === 'sqlite') return databaseUrl;
  const url = new URL(databaseUrl);
  url.username = '';
  url.password = '';
  return url.toString();
}

interface Worker {
  child: ChildProcess;
  next: (type: WorkerMessage['type']) => Promise<WorkerMessage>;
}

function startWorker(databaseUrl: string): Worker {
  const child = fork(WORKER, [], {
    cwd: PROJECT_ROOT,
    // As in Next's server bundle: `server-only` resolves to its empty export.
    execArgv: ['--conditions=react-server', '--import', 'tsx'],
    env: {
      // PostgreSQL requires a shared secret and the site's address (lib/env.ts); the bench
      // signs nobody in, so any will do.
      BETTER_AUTH_SECRET: 'editors-bench-only-secret-0123456789abcdef',
      SITE_URL: 'http://localhost:3000',
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const queue: WorkerMessage[] = [];
  const waiting: ((m: WorkerMessage) => void)[] = [];
  child.on('message', (m: WorkerMessage) => {
    const resolve = waiting.shift();
    if (resolve) resolve(m);
    else queue.push(m);
  });
  const exited = new Promise<never>((_, reject) =>
    child.on('exit', (code, signal) =>
      reject(new Error(`editor worker ${child.pid} ended (${signal ?? code})`)),
    ),
  );
  exited.catch(() => {});
  return {
    child,
    next: async (type) => {
      const m =
        queue.shift() ??
        (await Promise.race([new Promise<WorkerMessage>((r) => waiting.push(r)), exited]));
      if (m.type !== type) throw new Error(`expected "${type}" from a worker, got "${m.type}"`);
      return m;
    },
  };
}

interface PhaseReport {
  phase: string;
  label: string;
  seconds: number;
  claims: number;
  successes: number;
  successesPerSecond: number;
  conflicts: number;
  conflictsPerSecond: number;
  /** Saves answered per second: applied, or refused as a conflict. */
  answeredPerSecond: number;
  /** Successful saves. */
  latency: Summary;
  /** Every answered save, conflicts included: what an editor waits for. */
  answeredLatency: Summary;
  /** CPU milliseconds per answered save: the server processes, and PostgreSQL's (null on SQLite). */
  cpuPerAnswered: { node: number; postgres: number | null };
  sqliteBusy: number;
  errors: Record<string, number>;
  errorExamples: Record<string, string>;
  failures: Record<string, number>;
  lostUpdates: {
    pass: boolean;
    /** Claims whose version, revisions or audit events did not advance by their saves. */
    mismatches: { claimId: number; saves: number; delta: ClaimCounters }[];
    /** Claims whose current verdict is not their latest revision's. */
    outOfStep: number[];
  };
  targets: Target[];
}

async function runPhase(
  workers: Worker[],
  databaseUrl: string,
  phase: string,
  label: string,
  assignments: EditorAssignment[],
  seconds: number,
): Promise<PhaseReport> {
  const claimIds = [...new Set(assignments.flatMap((a) => a.claimIds))];
  const before = await readCounters(databaseUrl, claimIds);
  const startAt = Date.now() + 500;
  log(`Phase ${label}: ${assignments.length} editors, ${claimIds.length} claims, ${seconds} s…`);
  workers.forEach((w, i) => {
    const message: RunPhase = {
      type: 'run',
      phase,
      editors: assignments.filter((_, e) => e % workers.length === i),
      startAt,
      seconds,
    };
    w.child.send(message);
  });
  const postgres = databaseProvider(databaseUrl) === 'postgres';
  const postgresCpuBefore = postgres ? postgresCpuSeconds() : null;
  const outcomes = (await Promise.all(workers.map((w) => w.next('done')))) as PhaseOutcome[];
  const postgresCpuAfter = postgres ? postgresCpuSeconds() : null;

  const sum = (pick: (o: PhaseOutcome) => Record<string, number>) => {
    const total: Record<string, number> = {};
    for (const o of outcomes) {
      for (const [k, v] of Object.entries(pick(o))) total[k] = (total[k] ?? 0) + v;
    }
    return total;
  };
  const saves = sum((o) => o.successesByClaim);
  const errors = sum((o) => o.errors);
  const errorExamples = Object.assign({}, ...outcomes.map((o) => o.errorExamples)) as Record<
    string,
    string
  >;
  const latency = summarise(outcomes.flatMap((o) => o.latencies));
  const conflicts = outcomes.reduce((n, o) => n + o.conflicts, 0);
  const answeredLatency = summarise(
    outcomes.flatMap((o) => [...o.latencies, ...o.conflictLatencies]),
  );

  const after = await readCounters(databaseUrl, claimIds);
  const mismatches = claimIds.flatMap((id) => {
    const b = before.get(id)!;
    const a = after.get(id)!;
    const delta = {
      version: a.version - b.version,
      revisions: a.revisions - b.revisions,
      auditEvents: a.auditEvents - b.auditEvents,
    };
    const n = saves[String(id)] ?? 0;
    return delta.version === n && delta.revisions === n && delta.auditEvents === n
      ? []
      : [{ claimId: id, saves: n, delta }];
  });
  const outOfStep = await claimsOutOfStep(databaseUrl, claimIds);
  const sqliteBusy = Object.entries(errors)
    .filter(([code]) => code.startsWith('SQLITE_BUSY'))
    .reduce((n, [, v]) => n + v, 0);
  const successesPerSecond = latency.n / seconds;
  const answeredPerSecond = answeredLatency.n / seconds;
  const lostPass = mismatches.length === 0 && outOfStep.length === 0;
  const thrown = count(errors);
  return {
    phase,
    label,
    seconds,
    claims: claimIds.length,
    successes: latency.n,
    successesPerSecond,
    conflicts,
    conflictsPerSecond: conflicts / seconds,
    answeredPerSecond,
    latency,
    answeredLatency,
    cpuPerAnswered: {
      node: outcomes.reduce((n, o) => n + o.cpuMicros, 0) / 1000 / Math.max(answeredLatency.n, 1),
      postgres:
        postgresCpuBefore === null || postgresCpuAfter === null
          ? null
          : ((postgresCpuAfter - postgresCpuBefore) * 1000) / Math.max(answeredLatency.n, 1),
    },
    sqliteBusy,
    errors,
    errorExamples,
    failures: sum((o) => o.failures),
    lostUpdates: { pass: lostPass, mismatches, outOfStep },
    targets: [
      {
        description: `≥ ${TARGET_RATE} verdict updates/s (applied)`,
        pass: successesPerSecond >= TARGET_RATE,
      },
      {
        description: `p99 < ${TARGET_P99} ms (every answered save)`,
        pass: answeredLatency.p99 < TARGET_P99,
      },
      databaseProvider(databaseUrl) === 'sqlite'
        ? { description: 'zero SQLITE_BUSY', pass: sqliteBusy === 0 }
        : { description: 'no error thrown (a 5xx in the server)', pass: thrown === 0 },
      { description: 'no lost updates', pass: lostPass },
    ],
  };
}

function count(record: Record<string, number>): number {
  return Object.values(record).reduce((n, v) => n + v, 0);
}

function tableRows(reports: PhaseReport[]): { header: string[]; rows: string[][] } {
  const header = [
    'Phase',
    'updates/s',
    'conflicts/s',
    'answered/s',
    'p50 ms',
    'p90 ms',
    'p99 ms',
    'SQLITE_BUSY',
    'other errors',
    'lost updates',
    'Targets',
  ];
  const rows = reports.map((r) => {
    const otherErrors = count(r.errors) - r.sqliteBusy + count(r.failures);
    const rateAndP99 = r.targets.slice(0, 2).every((t) => t.pass);
    return [
      r.label,
      r.successesPerSecond.toFixed(0),
      r.conflictsPerSecond.toFixed(0),
      r.answeredPerSecond.toFixed(0),
      ms(r.answeredLatency.p50, 1),
      ms(r.answeredLatency.p90, 1),
      ms(r.answeredLatency.p99, 1),
      String(r.sqliteBusy),
      String(otherErrors),
      r.lostUpdates.pass ? 'none' : `${r.lostUpdates.mismatches.length} claims off`,
      r.targets.every((t) => t.pass) ? 'PASS' : rateAndP99 ? 'MISS (errors)' : 'MISS',
    ];
  });
  return { header, rows };
}

async function main(): Promise<void> {
  process.chdir(PROJECT_ROOT);
  const opts = options();
  const started = performance.now();
  const claimsNeeded = opts.editors;
  const database = describeDatabase(opts.databaseUrl);
  const connections =
    databaseProvider(opts.databaseUrl) === 'sqlite'
      ? 'one SQLite connection each'
      : 'one PostgreSQL pool each';
  log(`Preparing ${database} (migrate, demo seed, ${opts.editors} editors)…`);
  const data = await prepareEditorsDatabase(opts.databaseUrl, opts.editors, claimsNeeded);

  log(`Starting ${opts.workers} worker processes…`);
  const workers = Array.from({ length: opts.workers }, () => startWorker(opts.databaseUrl));
  const stopAll = () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill();
  };
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopAll();
      process.exit(130);
    });
  }

  const reports: PhaseReport[] = [];
  try {
    await Promise.all(workers.map((w) => w.next('ready')));
    const own = data.editorIds.map((userId, i) => ({ userId, claimIds: [data.claimIds[i]!] }));
    reports.push(
      await runPhase(
        workers,
        opts.databaseUrl,
        'different',
        '(a) different claims',
        own,
        opts.seconds,
      ),
    );
    const sharedIds = data.claimIds.slice(0, Math.min(opts.shared, data.claimIds.length));
    const shared = data.editorIds.map((userId) => ({ userId, claimIds: sharedIds }));
    reports.push(
      await runPhase(
        workers,
        opts.databaseUrl,
        'same',
        `(b) same ${sharedIds.length} claims`,
        shared,
        opts.seconds,
      ),
    );
  } finally {
    for (const w of workers) w.child.send({ type: 'exit' });
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) =>
            w.child.exitCode !== null ? resolve() : w.child.once('exit', () => resolve()),
          ),
      ),
    );
  }

  const m = machine();
  const machineLine = `${m.os}, ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}`;
  const table = tableRows(reports);
  const out: string[] = [
    '',
    `Claimtrack editors bench — ${new Date().toISOString()}`,
    `Machine: ${machineLine}`,
    `${opts.editors} editors over ${opts.workers} processes (${connections}) on ${database}, ` +
      `${opts.seconds} s per phase; each save = getClaimForEditing + changeVerdict.`,
    '',
    textTable(table.header, table.rows),
    '',
  ];
  for (const r of reports) {
    out.push(`${r.label}:`);
    out.push(
      `  ${r.successes} saves, ${r.conflicts} conflicts; latency mean ${ms(r.answeredLatency.mean, 1)} ms, ` +
        `max ${ms(r.answeredLatency.max, 1)} ms (applied saves only: p99 ${ms(r.latency.p99, 1)} ms)`,
    );
    out.push(
      `  CPU per answered save: ${r.cpuPerAnswered.node.toFixed(2)} ms in the server processes` +
        (r.cpuPerAnswered.postgres === null
          ? ''
          : `, ${r.cpuPerAnswered.postgres.toFixed(2)} ms in PostgreSQL`),
    );
    for (const t of r.targets) out.push(`  ${verdictOf(t)}`);
    for (const [code, n] of Object.entries(r.errors)) {
      out.push(`  thrown ${code} × ${n}: ${(r.errorExamples[code] ?? '').slice(0, 300)}`);
    }
    for (const [message, n] of Object.entries(r.failures)) {
      out.push(`  refused × ${n}: ${message}`);
    }
    for (const mm of r.lostUpdates.mismatches) {
      out.push(
        `  claim ${mm.claimId}: ${mm.saves} saves but version +${mm.delta.version}, ` +
          `revisions +${mm.delta.revisions}, audit events +${mm.delta.auditEvents}`,
      );
    }
    if (r.lostUpdates.outOfStep.length > 0) {
      out.push(`  claims not at their latest revision: ${r.lostUpdates.outOfStep.join(', ')}`);
    }
  }
  out.push(
    '',
    'Markdown for the README (Performance, editors):',
    '',
    `Measured with \`npm run bench:editors\` on ${machineLine}: ${opts.editors} editors spread ` +
      `over ${opts.workers} processes (one per core, ${connections}, as ` +
      `\`npm start\` runs), ${opts.seconds} s per phase. An update is \`getClaimForEditing\` + ` +
      `\`changeVerdict\`; latencies (ms) are of every answered save (applied, or refused as a conflict). ` +
      `Targets: ≥ ${TARGET_RATE} applied updates/s, p99 < ${TARGET_P99} ms, ` +
      `no SQLITE_BUSY / no error thrown, no lost update.`,
    '',
    markdownTable(table.header, table.rows),
    '',
  );
  process.stdout.write(`${out.join('\n')}\n`);

  const results = {
    generatedAt: new Date().toISOString(),
    totalSeconds: (performance.now() - started) / 1000,
    machine: m,
    options: { ...opts, databaseUrl: undefined, database },
    phases: reports,
  };
  const file = resultsFile(opts.databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`Results written to ${path.relative(PROJECT_ROOT, file)}.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);

/**
 * `npm run bench:import -- [--database sqlite|postgres] [--rows 10000]`: how fast an import of
 * new claims commits, and what the other users of the same process meet meanwhile.
 *
 * In-process on purpose: issue 12's complaint is about the importing process itself (its one
 * database connection held, its requests hanging), so the readers and editors here share the
 * importer's process, Prisma client and event loop, as requests to that server would. Readers
 * load a claim list page every 25 ms, an editor creates a claim every 100 ms, from the moment
 * the commit starts until it ends. The issue's targets: ≥ 5,000 claims/s committed, other users'
 * p99 < 1 s, no failure. A missed target is reported, not an error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { importFile } from './lib/import-file';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const database = option('database', 'sqlite');
const rows = Number(option('rows', '10000'));
const TARGET_RATE = 5000;
const TARGET_P99_MS = 1000;

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (database === 'postgres') {
    const base =
      process.env.BENCH_POSTGRES_URL ?? 'postgresql://claimtrack@127.0.0.1:5432/claimtrack';
    const name = `claimtrack_bench_import_${process.pid}`;
    const onServer = async (sql: string) => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await onServer(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    process.env.BETTER_AUTH_SECRET ??= 'bench-only-secret-0123456789abcdef0123456789';
    process.env.SITE_URL ??= 'http://localhost:3000';
    return {
      url: url.toString(),
      drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrack-bench-import-'));
  return {
    url: `file:${path.join(dir, 'bench.db')}`,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const { url, drop } = await freshDatabase();
  try {
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    // App modules read DATABASE_URL when they load.
    const { db } = await import('@/lib/db');
    const { previewImport } = await import('@/lib/import/preview-import');
    const { commitImport } = await import('@/lib/import/commit-import');
    const { createClaim } = await import('@/lib/claims/create-claim');
    const user = async (id: string, role: 'admin' | 'editor') => {
      await db.user.create({
        data: { id, name: id, email: `${id}@bench.test`, role, emailVerified: true },
      });
      return { id, role };
    };
    const admin = await user('bench-admin', 'admin');
    const editor = await user('bench-editor', 'editor');

    const bytes = importFile(rows, 1_000_001);
    const fileName = 'bench.json';
    let started = performance.now();
    const preview = await previewImport(admin, { bytes, fileName });
    if (!preview.ok) throw new Error(`preview refused: ${preview.message}`);
    const previewMs = performance.now() - started;

    const latencies = { read: [] as number[], save: [] as number[] };
    const failures: string[] = [];
    let running = true;
    // Each request is timed from when it was due (its timer's time), not from when it started:
    // while the import keeps the event loop busy a timer fires late, and that wait is what a
    // request to this process would meet.
    const loop = async (kind: 'read' | 'save', everyMs: number, work: () => Promise<unknown>) => {
      let due = performance.now();
      while (running) {
        try {
          await work();
        } catch (error) {
          failures.push(
            `${kind}: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
          );
        }
        const end = performance.now();
        latencies[kind].push(end - due);
        due = end + everyMs;
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
      // The request due when the commit ended had not started: it waited at least this long.
      latencies[kind].push(performance.now() - due);
    };
    let saves = 0;
    const others = [
      loop('read', 25, () =>
        db.claim.findMany({
          take: 20,
          orderBy: { updatedAt: 'desc' },
          select: { id: true, title: true },
        }),
      ),
      loop('save', 100, async () => {
        const result = await createClaim(editor, {
          statement: `Bench editor's claim ${++saves}`,
          claimantName: 'Bench editor claimant',
          claimantKind: 'agency',
          tags: [],
        });
        if (!result.ok) throw new Error(result.message);
      }),
    ];
    started = performance.now();
    const committed = await commitImport(admin, {
      bytes,
      fileName,
      fileHash: preview.fileHash,
      planDigest: preview.planDigest,
    });
    const commitMs = performance.now() - started;
    running = false;
    await Promise.all(others);
    if (!committed.ok) throw new Error(`commit refused: ${committed.message}`);

    const rate = rows / (commitMs / 1000);
    console.log(`Import bench (${database}, in-process readers and editor): ${rows} new claims`);
    console.log(`  preview      ${(previewMs / 1000).toFixed(1)} s`);
    console.log(
      `  commit       ${(commitMs / 1000).toFixed(1)} s = ${Math.round(rate)} claims/s (target ≥ ${TARGET_RATE}): ${rate >= TARGET_RATE ? 'met' : 'MISSED'}`,
    );
    for (const kind of ['read', 'save'] as const) {
      const sorted = [...latencies[kind]].sort((a, b) => a - b);
      const p99 = percentile(sorted, 99);
      console.log(
        `  other users' ${kind}s: ${sorted.length}, p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms (target p99 < ${TARGET_P99_MS} ms): ${p99 < TARGET_P99_MS ? 'met' : 'MISSED'}`,
      );
    }
    console.log(
      `  failures     ${failures.length}${failures.length ? `: ${[...new Set(failures)].slice(0, 3).join('; ')}` : ''}`,
    );
    await db.$disconnect();
  } finally {
    await drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

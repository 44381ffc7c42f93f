/**
 * For the command-line tests: a database held open as a running server holds it
 * (./live-server-holder.ts, a real child process), and the project's real CLIs run as
 * `npm run --silent <script>` child processes against it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { inject } from 'vitest';
import { applyMigrations } from '@/lib/migrations/apply-migrations';
import { MIGRATIONS_DIR, readMigrationFiles } from '@/lib/migrations/migration-files';
import type { HolderStats } from './live-server-holder';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

const scratch: string[] = [];

/** A new folder under the OS's temporary folder, removed by removeScratch(). */
export function scratchFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrack-cli-'));
  scratch.push(dir);
  return dir;
}

export function removeScratch(): void {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A copy of the fully migrated template database (the live server puts it in WAL mode). */
export function migratedDatabase(): string {
  const file = path.join(scratchFolder(), 'live.db');
  fs.copyFileSync(inject('templateDatabase'), file);
  return `file:${file}`;
}

/** The newest checked-in migration: the one a database made by an older release lacks. */
export const NEWEST_MIGRATION = readMigrationFiles().at(-1)!;

/** A database migrated by the release before the newest migration (that migration pending). */
export async function databaseOneMigrationBehind(): Promise<string> {
  const folder = scratchFolder();
  const older = path.join(folder, 'migrations');
  for (const { name } of readMigrationFiles().slice(0, -1)) {
    fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(older, name), { recursive: true });
  }
  const url = `file:${path.join(folder, 'behind.db')}`;
  await applyMigrations(url, { migrationsDir: older });
  return url;
}

export interface LiveServer {
  /** Takes the write lock for `ms` or until stop() (as a long import would); resolves once held. */
  holdWriteLock(ms: number): Promise<void>;
  /** Releases any lock, closes the server's connections and returns what it saw. */
  stop(): Promise<HolderStats>;
}

function nextLine(lines: AsyncIterator<string>, expected: string): Promise<void> {
  return lines.next().then(({ value, done }) => {
    if (done || value !== expected)
      throw new Error(`holder said ${String(value)}, not ${expected}`);
  });
}

export async function startLiveServer(databaseUrl: string): Promise<LiveServer> {
  const child: ChildProcess = spawn(TSX, [path.join(__dirname, 'live-server-holder.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  await nextLine(lines, 'ready');
  return {
    async holdWriteLock(ms) {
      child.stdin!.write(`hold ${ms}\n`);
      await nextLine(lines, 'held');
    },
    async stop() {
      child.stdin!.end('stop\n');
      const { value } = await lines.next();
      await new Promise((resolve) => child.once('exit', resolve));
      return JSON.parse(String(value)) as HolderStats;
    },
  };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time of the whole command, start-up included. */
  ms: number;
}

/** `npm run --silent <script> -- <args>` in the project, with `input` on standard input. */
export function runNpmScript(
  script: string,
  args: string[],
  options: { databaseUrl: string; input?: string; env?: Record<string, string> },
): Promise<CliRun> {
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: options.databaseUrl, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.input ?? '');
  return new Promise((resolve) => {
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) }),
    );
  });
}

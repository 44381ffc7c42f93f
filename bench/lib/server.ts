/**
 * The production server under test: makes sure `.next` is a build of the current sources (the
 * same stamp `npm start` uses), starts it as `npm start` does (one server process per core, scripts/serve-cluster.ts) on a free local port against the bench
 * database, and always stops it — on success, on error, on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/synth/schema';

const NEXT_BIN = require.resolve('next/dist/bin/next');

export interface BuildOutcome {
  ok: boolean;
  /** 'current' (reused), 'built', or 'failed'. */
  status: 'current' | 'built' | 'failed';
  seconds: number;
  message?: string;
}

function tail(file: string, lines = 40): string {
  if (!fs.existsSync(file)) return '';
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** `next build` when the build is missing or older than the sources; output goes to `logFile`. */
export async function ensureBuild(
  logFile: string,
  log: (line: string) => void,
): Promise<BuildOutcome> {
  // build-stamp reads process.cwd() when it loads: import it once we are in the project root.
  const { isBuildCurrent, recordBuild } = await import('../../scripts/build-stamp');
  if (isBuildCurrent()) return { ok: true, status: 'current', seconds: 0 };
  log(
    `Building (the build is missing or older than the sources); output in ${path.relative(PROJECT_ROOT, logFile)}…`,
  );
  const started = performance.now();
  const out = fs.openSync(logFile, 'w');
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [NEXT_BIN, 'build'], {
        cwd: PROJECT_ROOT,
        stdio: ['ignore', out, out],
        env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      });
      track(child);
      child.on('error', reject);
      child.on('exit', (c) => {
        untrack(child);
        resolve(c);
      });
    });
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) {
      return {
        ok: false,
        status: 'failed',
        seconds,
        message: `next build exited with ${code}:\n${tail(logFile)}`,
      };
    }
    recordBuild();
    return { ok: true, status: 'built', seconds };
  } finally {
    fs.closeSync(out);
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      probe.close(() => resolve(true)),
    );
  });
}

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port in ${from}–${from + 99}.`);
}

// Every child the bench starts, so that exit and signal handlers can stop them.
const children = new Set<ChildProcess>();

function track(child: ChildProcess): void {
  children.add(child);
}
function untrack(child: ChildProcess): void {
  children.delete(child);
}

/** Kills a child's whole process group (it was started detached, as a group leader). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

let handlersInstalled = false;
/** On exit or Ctrl-C, no server or build is left running. */
export function installCleanupHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const child of children) killGroup(child, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      process.stderr.write(`\n${signal}: stopping the server and exiting.\n`);
      for (const child of children) killGroup(child, 'SIGTERM');
      setTimeout(() => process.exit(130), 500).unref();
    });
  }
}

export interface RunningServer {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startServer(options: {
  port: number;
  databaseUrl: string;
  logFile: string;
  timeoutMs?: number;
  /** Extra environment, e.g. PAGE_CACHE_MB=0 to render every request. */
  env?: Record<string, string>;
}): Promise<RunningServer> {
  const out = fs.openSync(options.logFile, 'w');
  const child = spawn(
    process.execPath,
    // The same launcher as `npm start`: one server process per core.
    [require.resolve('tsx/cli'), 'scripts/serve-cluster.ts'],
    {
      cwd: PROJECT_ROOT,
      detached: true, // its own process group: stop() takes any worker it forks with it
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(options.port),
        // Reader benches measure pages alone: source watch would fetch the bench's sources.
        WATCH_ENABLED: '0',
        ...options.env,
      },
    },
  );
  fs.closeSync(out);
  track(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  exited.then(() => untrack(child));

  const stop = async () => {
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const baseUrl = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`The server exited early:\n${tail(options.logFile)}`);
      }
      try {
        // Any HTTP answer means the server is up; the pages are checked one by one later.
        await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2_000) });
        break;
      } catch {
        if (Date.now() > deadline) {
          throw new Error(
            `The server did not answer within ${(options.timeoutMs ?? 60_000) / 1000} s:\n${tail(options.logFile)}`,
          );
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: child.pid!, stop };
}

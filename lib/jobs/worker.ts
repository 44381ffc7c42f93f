import 'server-only';
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { threadId } from 'node:worker_threads';
import { store } from '@/lib/db/store';
import type { ClaimedJob, JobStore } from '@/lib/db/job-store';
import { DEFAULT_RETRY, retryDelayMs, type RetryPolicy } from './backoff';
import { JobDeferral } from './job-deferral';
import { WakeSignal } from './wake-signal';

/** What a handler is told about the run it serves. */
export interface JobContext {
  readonly jobId: number;
  readonly kind: string;
  readonly key: string | null;
  /** 1 on the first run, counting runs whose worker was killed. */
  readonly attempt: number;
  readonly maxAttempts: number;
  readonly workerId: string;
  /**
   * Aborted when the run should end early: this worker lost the job's lease (another worker
   * may take it) or is stopping and its grace period is over. Pass it to fetches and waits.
   */
  readonly signal: AbortSignal;
}

export type JobHandler = (payload: unknown, context: JobContext) => Promise<void>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

export interface WorkerOptions {
  handlers: JobHandlers;
  /** Jobs run at once by this worker (default 4). */
  concurrency?: number;
  /**
   * At most this many job starts per second (one at a time, evenly spaced); unset or 0: as many
   * as the concurrency allows. Keeps a worker inside a server process from taking the readers'
   * CPU while a backlog drains.
   */
  jobsPerSecond?: number;
  /** How often an idle worker looks for due jobs (default 1 s); doubled up to 8× while idle. */
  pollMs?: number;
  /** A claimed job is this worker's for this long, renewed every third of it (default 60 s). */
  leaseMs?: number;
  /** Default: host, process, thread and a random part, unique per start. */
  workerId?: string;
  retry?: RetryPolicy;
  /** How long stop() waits for running jobs before it gives them back (default 10 s). */
  stopGraceMs?: number;
  /** The queue (default: this process's store); tests pass other connections. */
  jobs?: JobStore;
  /** Where problems are reported (default: console.error). */
  log?: (message: string) => void;
}

export interface RunningWorker {
  readonly workerId: string;
  /** Stops claiming, waits for running jobs (up to the grace period), gives back the rest. */
  stop(): Promise<void>;
}

/** lastError is for people: long stack traces are cut. */
const ERROR_TEXT_MAX = 2000;
const MAX_IDLE_FACTOR = 8;

/**
 * Runs jobs from the durable queue until stopped: claims up to its free concurrency, runs each
 * job's handler, renews the leases of long runs, deletes finished jobs and records failures
 * (retried with back-off, failed after maxAttempts). When nothing is due it polls, less often
 * the longer the queue stays empty (with jitter, so processes do not poll in step). No error —
 * the database busy or gone, a handler throwing — ends the worker or the process: each is
 * reported and the loop goes on.
 */
export function startWorker(options: WorkerOptions): RunningWorker {
  const jobs = options.jobs ?? store.jobs;
  const concurrency = Math.max(1, Math.trunc(options.concurrency ?? 4));
  const pollMs = Math.max(1, options.pollMs ?? 1000);
  const leaseMs = Math.max(30, options.leaseMs ?? 60_000);
  const retry = options.retry ?? DEFAULT_RETRY;
  const stopGraceMs = options.stopGraceMs ?? 10_000;
  const spacingMs = options.jobsPerSecond ? 1000 / options.jobsPerSecond : 0;
  const log = options.log ?? ((message: string) => console.error(message));
  const workerId =
    options.workerId ?? `${os.hostname()}:${process.pid}:${threadId}:${randomUUID().slice(0, 8)}`;

  const running = new Map<number, { done: Promise<void>; abort: AbortController }>();
  const wake = new WakeSignal();
  let stopping = false;

  async function run(job: ClaimedJob, abort: AbortController): Promise<void> {
    const renewal = setInterval(() => {
      jobs.renew(job.id, workerId, leaseMs).then(
        (held) => {
          if (!held) abort.abort(new Error(`Job ${job.id}: this worker lost its lease`));
        },
        (error: unknown) => log(`Job ${job.id}: renewing the lease failed: ${describe(error)}`),
      );
    }, leaseMs / 3);
    let failure: string | null = null;
    let deferral: JobDeferral | null = null;
    try {
      const handler = Object.hasOwn(options.handlers, job.kind)
        ? options.handlers[job.kind]
        : undefined;
      // A worker of an older release may claim a kind only newer ones know: the job is retried
      // with back-off (a newer worker may take it) and ends failed if none ever does.
      if (!handler) throw new Error(`No handler for job kind "${job.kind}" in worker ${workerId}`);
      await handler(parsePayload(job), {
        jobId: job.id,
        kind: job.kind,
        key: job.key,
        attempt: job.attempts,
        maxAttempts: job.maxAttempts,
        workerId,
        signal: abort.signal,
      });
    } catch (error) {
      if (error instanceof JobDeferral) deferral = error;
      else failure = describe(error);
    } finally {
      clearInterval(renewal);
    }
    try {
      if (deferral) {
        await jobs.defer(job.id, workerId, deferral.delayMs);
      } else if (failure === null) {
        if (!(await jobs.complete(job.id, workerId))) {
          log(`Job ${job.id} (${job.kind}) finished after its lease was lost; it may run again`);
        }
      } else {
        const retryInMs = retryDelayMs(job.attempts, retry);
        const outcome = await jobs.fail(job.id, workerId, { error: failure, retryInMs });
        if (outcome === 'failed') log(`Job ${job.id} (${job.kind}) failed for good: ${failure}`);
      }
    } catch (error) {
      // The lease runs out and another worker runs the job again: nothing is lost.
      log(`Job ${job.id}: recording its end failed: ${describe(error)}`);
    }
  }

  function start(job: ClaimedJob): void {
    const abort = new AbortController();
    const done = run(job, abort).finally(() => {
      running.delete(job.id);
      wake.notify();
    });
    running.set(job.id, { done, abort });
  }

  async function loop(): Promise<void> {
    let idle = 0;
    let nextStartAt = 0;
    while (!stopping) {
      const free = concurrency - running.size;
      if (free <= 0) {
        await wake.wait();
        continue;
      }
      const early = nextStartAt - Date.now();
      if (early > 0) {
        await wake.wait(early);
        continue;
      }
      const wanted = spacingMs > 0 ? 1 : free;
      let claimed: ClaimedJob[] = [];
      try {
        claimed = await jobs.claim(workerId, wanted, leaseMs);
      } catch (error) {
        log(`Claiming jobs failed: ${describe(error)}`);
      }
      // Claimed while stop() was called: left for release() to give straight back.
      if (stopping) break;
      for (const job of claimed) start(job);
      if (claimed.length > 0 && spacingMs > 0) nextStartAt = Date.now() + spacingMs;
      if (claimed.length === wanted) {
        idle = 0;
        continue;
      }
      idle = claimed.length > 0 ? 0 : idle + 1;
      const factor = Math.min(MAX_IDLE_FACTOR, 2 ** Math.max(0, idle - 1));
      await wake.wait(pollMs * factor * (0.75 + Math.random() / 2));
    }
  }

  const looping = loop().catch((error: unknown) =>
    log(`The job worker stopped: ${describe(error)}`),
  );

  async function stop(): Promise<void> {
    stopping = true;
    wake.notify();
    await looping;
    const all = Promise.all([...running.values()].map((r) => r.done));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, stopGraceMs)))]);
    clearTimeout(timer);
    for (const { abort } of running.values()) abort.abort(new Error('The worker is stopping'));
    try {
      await jobs.release(workerId);
    } catch (error) {
      log(`Giving back running jobs failed (they run again after their lease): ${describe(error)}`);
    }
  }

  let stopped: Promise<void> | null = null;
  return { workerId, stop: () => (stopped ??= stop()) };
}

function parsePayload(job: ClaimedJob): unknown {
  try {
    return JSON.parse(job.payload);
  } catch {
    throw new Error(`Job ${job.id}: its payload is not JSON`);
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > ERROR_TEXT_MAX ? `${text.slice(0, ERROR_TEXT_MAX)}…` : text;
}

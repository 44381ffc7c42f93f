import 'server-only';
import { db } from '@/lib/db';
import type { JobKind } from './job-kinds';

export type EnqueueInput = {
  kind: JobKind;
  payload?: unknown;
  /** One waiting job per key: a second enqueue of a waiting key only brings its time forward. */
  key?: string;
  runAt?: Date;
  maxAttempts?: number;
};

/** The Job row an enqueue writes: the one place its defaults live. */
function jobRow(input: EnqueueInput) {
  return {
    kind: input.kind,
    key: input.key ?? null,
    payload: JSON.stringify(input.payload ?? {}),
    runAt: input.runAt ?? new Date(),
    maxAttempts: input.maxAttempts ?? 5,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

/**
 * Puts a job on the durable queue (model Job). With a key already queued, the job keeps one row
 * and runs at the earlier of the two times; a key whose job used every attempt (failed) is
 * queued again from scratch — "check now" on a source that kept failing asks for a fresh try.
 * A key whose job is running now is left alone: the run in progress answers the request.
 */
export async function enqueueJob(input: EnqueueInput): Promise<void> {
  const data = jobRow(input);
  const runAt = data.runAt;
  // Twice at most: the key's job may finish (its row deleted) between the refused insert and
  // the updates below, and the request must not vanish in that gap.
  for (let attempt = 1; ; attempt++) {
    try {
      await db.job.create({ data });
      return;
    } catch (error) {
      if (!input.key || !isUniqueViolation(error) || attempt >= 3) throw error;
    }
    const moved = await db.job.updateMany({
      where: { key: input.key, state: 'queued', runAt: { gt: runAt } },
      data: { runAt, payload: data.payload },
    });
    const retried = await db.job.updateMany({
      where: { key: input.key, state: 'failed' },
      data: { state: 'queued', runAt, attempts: 0, lastError: '', payload: data.payload },
    });
    if (moved.count + retried.count > 0) return;
    if (await db.job.findUnique({ where: { key: input.key }, select: { id: true } })) return;
  }
}

/**
 * enqueueJob for many keyed jobs at once (the scheduler queues thousands): one enqueueJob each
 * cost 4-18 ms, a write transaction apiece. The batch reads which keys exist once, inserts the
 * new ones in one statement, leaves a key whose job waits or runs alone (it runs soon), and
 * sends only the rare rest — a key left by a failed job, or one another process inserted
 * meanwhile — through enqueueJob, which knows what to do with each.
 */
export async function enqueueJobs(inputs: readonly (EnqueueInput & { key: string })[]) {
  if (inputs.length === 0) return;
  const existing = await db.job.findMany({
    where: { key: { in: inputs.map((input) => input.key) } },
    select: { key: true, state: true },
  });
  const stateOf = new Map(existing.map((job) => [job.key, job.state]));
  const fresh = inputs.filter((input) => !stateOf.has(input.key));
  const rest = inputs.filter((input) => {
    const state = stateOf.get(input.key);
    return state !== undefined && state !== 'queued' && state !== 'running';
  });
  try {
    await db.job.createMany({ data: fresh.map(jobRow) });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    rest.push(...fresh);
  }
  for (const input of rest) await enqueueJob(input);
}

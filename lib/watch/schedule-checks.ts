import 'server-only';
import { db } from '@/lib/db';
import { store } from '@/lib/db/store';
import { enqueueJob } from '@/lib/jobs/enqueue';
import type { DueSource } from '@/lib/db/watch-store';
import { JOB_KINDS, sourceCheckKey, type SourceCheckPayload } from '@/lib/jobs/job-kinds';

export type WatchScheduleConfig = {
  /** Sources read per query (keyset by id): memory stays flat however many are due. */
  batchSize?: number;
  /** The schedule's time (tests step through days); now by default. */
  now?: Date;
};

export const SCHEDULE_BATCH_SIZE = 500;

/**
 * The `watch.schedule` job: queues a `source.check` for every cited source that is due (never
 * checked, its next check time come, or a quote created or edited since its last check:
 * lib/db/watch-due-sql.ts). One waiting check per source (its job key): running the schedule
 * again before the checks ran queues nothing more.
 */
export async function runWatchSchedule(
  config: WatchScheduleConfig = {},
): Promise<{ queued: number }> {
  const now = config.now ?? new Date();
  const limit = config.batchSize ?? SCHEDULE_BATCH_SIZE;
  let afterId = 0;
  let queued = 0;
  for (;;) {
    const due = await store.watch.dueSources({ now, afterId, limit });
    queued += await queueChecks(due, now);
    const last = due.at(-1);
    if (!last || due.length < limit) return { queued };
    afterId = last.id;
  }
}

/**
 * Queues one batch of checks. One enqueueJob per source cost 4-18 ms (a write transaction
 * each: 45-180 s for 10,000 sources on the shared machine), so a batch is read and written in
 * bulk: a source whose check is already waiting or running is left alone (it runs soon; enqueueJob
 * would at most move its time), new keys are inserted in one statement, and only the rare rest
 * (a key left by a failed or finished job, or one another process inserted meanwhile) goes
 * through enqueueJob, which knows what to do with each. Returns the checks now waiting.
 */
async function queueChecks(due: readonly DueSource[], now: Date): Promise<number> {
  if (due.length === 0) return 0;
  const keyOf = new Map(due.map((source) => [sourceCheckKey(source.id), source]));
  const existing = await db.job.findMany({
    where: { key: { in: [...keyOf.keys()] } },
    select: { key: true, state: true },
  });
  const stateOf = new Map(existing.map((job) => [job.key, job.state]));
  const job = (source: DueSource) => {
    const payload: SourceCheckPayload = {
      sourceId: source.id,
      reason: source.first ? 'first' : 'scheduled',
    };
    return { kind: JOB_KINDS.sourceCheck, key: sourceCheckKey(source.id), payload, runAt: now };
  };
  const fresh = due.filter((source) => !stateOf.has(sourceCheckKey(source.id)));
  const others = due.filter((source) => {
    const state = stateOf.get(sourceCheckKey(source.id));
    return state !== undefined && state !== 'queued' && state !== 'running';
  });
  try {
    await db.job.createMany({
      data: fresh.map(job).map((j) => ({ ...j, payload: JSON.stringify(j.payload) })),
    });
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'P2002') throw error;
    others.push(...fresh);
  }
  for (const source of others) await enqueueJob(job(source));
  return due.length;
}

import 'server-only';
import { store } from '@/lib/db/store';
import { enqueueJobs } from '@/lib/jobs/enqueue';
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

/** Queues one batch of checks in bulk (enqueueJobs). Returns the checks now waiting. */
async function queueChecks(due: readonly DueSource[], now: Date): Promise<number> {
  await enqueueJobs(
    due.map((source) => {
      const payload: SourceCheckPayload = {
        sourceId: source.id,
        reason: source.first ? 'first' : 'scheduled',
        dueAt: now.toISOString(),
      };
      return { kind: JOB_KINDS.sourceCheck, key: sourceCheckKey(source.id), payload, runAt: now };
    }),
  );
  return due.length;
}

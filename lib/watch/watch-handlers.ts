import 'server-only';
import { z } from 'zod';
import { fetchPage } from '@/lib/fetch/safe-fetch';
import { parseAllowList } from '@/lib/fetch/allow-list';
import { waitForHostSlot } from '@/lib/jobs/host-slots';
import { JOB_KINDS } from '@/lib/jobs/job-kinds';
import type { JobHandlers } from '@/lib/jobs/worker';
import { DEFAULT_CADENCE, type CadenceConfig } from './cadence';
import { runSourceCheck } from './check-source-job';
import { runWatchSchedule } from './schedule-checks';
import type { WatchConfig } from './watch-config';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A host busy for longer than this puts the check back on the queue (a JobDeferral, no attempt
 * used) instead of holding one of the worker's slots while it waits: 500 hosts share the slots.
 */
const HOST_WAIT_MS = 5_000;

const SourceCheckPayload = z.object({
  sourceId: z.number().int().positive(),
  reason: z.enum(['first', 'scheduled', 'manual']).default('scheduled'),
  dueAt: z.iso.datetime().optional(),
});

/** The environment's cadence (WATCH_DAILY_DAYS, WATCH_THEN_EVERY_DAYS) as the cadence rule takes it. */
export function cadenceOf(config: WatchConfig): CadenceConfig {
  return {
    ...DEFAULT_CADENCE,
    earlyDays: config.cadence.dailyForDays,
    laterIntervalMs: config.cadence.thenEveryDays * DAY_MS,
  };
}

/**
 * Source watch's job handlers, wired to the safe fetcher and the shared per-host limit: the
 * one place that joins lib/jobs, lib/fetch and lib/watch (lib/jobs/job-handlers.ts hands them
 * to every worker). A payload that is not a source check's fails the job with the reason.
 */
export function watchHandlers(config: WatchConfig): JobHandlers {
  const allowList = parseAllowList(config.fetchAllow);
  const cadence = cadenceOf(config);
  return {
    [JOB_KINDS.sourceCheck]: async (payload, context) => {
      const parsed = SourceCheckPayload.safeParse(payload);
      if (!parsed.success) throw new Error(`Not a source check: ${parsed.error.message}`);
      await runSourceCheck(parsed.data, {
        fetchPage: (url) => fetchPage(url, { allowList, signal: context.signal }),
        waitForHostSlot: async (host) => {
          await waitForHostSlot(host, config.hostIntervalMs, {
            signal: context.signal,
            maxWaitMs: HOST_WAIT_MS,
          });
        },
        config: { cadence },
      });
    },
    [JOB_KINDS.watchSchedule]: async () => {
      await runWatchSchedule();
    },
  };
}

import 'server-only';
import type { WatchConfig } from '@/lib/watch/watch-config';
import { jobHandlers } from './job-handlers';
import { startScheduleTick } from './schedule-tick';
import { startWorker, type JobHandlers } from './worker';

/**
 * Source watch's worker as every entry point runs it: the job worker with the configured
 * concurrency, and the scheduler's tick. Stopping ends the tick first, then the worker
 * (running jobs finish or are given back).
 */
export function startWatchWorker(
  config: WatchConfig,
  handlers: JobHandlers = jobHandlers(config),
): { workerId: string; stop(): Promise<void> } {
  const worker = startWorker({
    handlers,
    concurrency: config.concurrency,
    jobsPerSecond: config.checksPerSecond,
  });
  const tick = startScheduleTick({ everyMs: config.scheduleEveryMs });
  return {
    workerId: worker.workerId,
    stop: async () => {
      await tick.stop();
      await worker.stop();
    },
  };
}

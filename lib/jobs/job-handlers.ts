import type { WatchConfig } from '@/lib/watch/watch-config';
import type { JobHandlers } from './worker';

/**
 * The handler of each job kind (lib/jobs/job-kinds.ts), for every entry point that runs the
 * worker (the server processes of `npm start`, `npm run worker`). The one place that knows
 * them: at merge it returns source watch's handlers — `watchHandlers(config)` from
 * lib/watch/watch-handlers.ts (source.check, watch.schedule). Until then the worker runs and
 * any job it claims fails with "No handler for job kind …" (kept, retried, visible).
 */
export function jobHandlers(config: WatchConfig): JobHandlers {
  void config;
  return {};
}

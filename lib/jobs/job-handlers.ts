import { watchHandlers } from '@/lib/watch/watch-handlers';
import type { WatchConfig } from '@/lib/watch/watch-config';
import type { JobHandlers } from './worker';

/**
 * The handler of each job kind (lib/jobs/job-kinds.ts), for every entry point that runs the
 * worker (the server processes of `npm start`, `npm run worker`): the one place that knows them.
 * Today every kind is source watch's (source.check, watch.schedule).
 */
export function jobHandlers(config: WatchConfig): JobHandlers {
  return watchHandlers(config);
}

import 'server-only';
import { enqueueJob } from './enqueue';
import { JOB_KINDS } from './job-kinds';

/** The scheduler job's key: one waiting scheduler run, whoever asked for it. */
export const WATCH_SCHEDULE_KEY = 'watch.schedule';

/**
 * The next tick strictly after `now`: ticks are whole multiples of `everyMs` since the epoch,
 * the same instants in every process.
 */
export function nextTickAt(now: number, everyMs: number): Date {
  return new Date((Math.floor(now / everyMs) + 1) * everyMs);
}

/** How long from `now` until the middle of the current interval between two ticks. */
export function msUntilMidTick(now: number, everyMs: number): number {
  const mid = nextTickAt(now, everyMs).getTime() - everyMs / 2;
  return mid > now ? mid - now : mid + everyMs - now;
}

/**
 * Every worker process asks for the scheduler (`watch.schedule`) at the next tick, once every
 * `everyMs`. All of them name the same instant under the same key, so the queue keeps one job
 * per tick (enqueueJob: one waiting job per key); once it has run, a process asking later gets
 * the tick after. They ask halfway between two ticks: by then the previous tick's job has run
 * (a request made while it still waits would be absorbed by it), and no request lands so close
 * to a tick that clocks differing by a little could count it twice. Exactly one scheduler run
 * per tick, however many processes are up, and still one while any of them is.
 */
export function startScheduleTick(options: {
  everyMs: number;
  enqueue?: typeof enqueueJob;
  log?: (message: string) => void;
}): { stop(): Promise<void> } {
  const enqueue = options.enqueue ?? enqueueJob;
  const log = options.log ?? ((message: string) => console.error(message));
  let asking: Promise<void> = Promise.resolve();
  const tick = () => {
    asking = enqueue({
      kind: JOB_KINDS.watchSchedule,
      key: WATCH_SCHEDULE_KEY,
      runAt: nextTickAt(Date.now(), options.everyMs),
    }).catch((error: unknown) =>
      log(
        `Asking for the watch scheduler failed: ${error instanceof Error ? error.message : error}`,
      ),
    );
  };
  tick();
  let timer: NodeJS.Timeout = setTimeout(
    () => {
      tick();
      timer = setInterval(tick, options.everyMs);
      timer.unref();
    },
    msUntilMidTick(Date.now(), options.everyMs),
  );
  timer.unref();
  return {
    // clearTimeout clears either kind of timer; a request under way is let finish, so a
    // process that stops at once after starting has still asked for the next run.
    stop: () => {
      clearTimeout(timer);
      return asking;
    },
  };
}

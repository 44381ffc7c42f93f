import { env, type Env } from '@/lib/env';

/**
 * Source watch's settings (issue 15), read once from the validated environment (lib/env.ts) and
 * handed to the worker, the scheduler and the fetcher as a parameter, so tests pass their own
 * (short intervals, loopback allowed) without touching the environment.
 */
export interface WatchConfig {
  /** Whether this process runs the job worker (WATCH_ENABLED). */
  readonly enabled: boolean;
  /** Jobs run at once per worker process (WATCH_CONCURRENCY). */
  readonly concurrency: number;
  /** Jobs a worker process starts per second at most; 0: unpaced (WATCH_CHECKS_PER_SECOND). */
  readonly checksPerSecond: number;
  /** At most one request per host per this many ms, across all processes (WATCH_HOST_INTERVAL_MS). */
  readonly hostIntervalMs: number;
  /**
   * Host names, IP addresses and CIDR ranges (lower-case) that the fetch rules allow even when
   * private (WATCH_FETCH_ALLOW); empty: none.
   */
  readonly fetchAllow: readonly string[];
  /** Checked daily for `dailyForDays` after first cited, then every `thenEveryDays`. */
  readonly cadence: { readonly dailyForDays: number; readonly thenEveryDays: number };
  /** How often the scheduler job runs (WATCH_SCHEDULE_EVERY_SECONDS). */
  readonly scheduleEveryMs: number;
}

/** The settings as `source` (default: this process's environment) gives them. */
export function watchConfig(source: Env = env): WatchConfig {
  return {
    enabled: source.WATCH_ENABLED,
    concurrency: source.WATCH_CONCURRENCY,
    checksPerSecond: source.WATCH_CHECKS_PER_SECOND,
    hostIntervalMs: source.WATCH_HOST_INTERVAL_MS,
    fetchAllow: source.WATCH_FETCH_ALLOW,
    cadence: {
      dailyForDays: source.WATCH_DAILY_DAYS,
      thenEveryDays: source.WATCH_THEN_EVERY_DAYS,
    },
    scheduleEveryMs: source.WATCH_SCHEDULE_EVERY_SECONDS * 1000,
  };
}

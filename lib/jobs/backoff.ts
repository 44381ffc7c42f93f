/**
 * How long a failed job waits before its next attempt: exponential (base × 2^(attempts − 1)),
 * capped, with "equal jitter" — half the delay fixed, half random — so jobs that failed together
 * (a host down for a minute) do not all come back in the same second, yet none retries sooner
 * than half its step.
 */
export interface RetryPolicy {
  /** The first retry's delay before jitter (default 30 s). */
  readonly baseMs: number;
  /** No delay beyond this (default 6 h). */
  readonly capMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 30_000, capMs: 6 * 60 * 60_000 };

/** The delay before the next attempt, after `attempts` runs (1 = the first failed). */
export function retryDelayMs(
  attempts: number,
  policy: RetryPolicy = DEFAULT_RETRY,
  random: () => number = Math.random,
): number {
  const step = Math.max(0, Math.trunc(attempts) - 1);
  // 2^step overflows to Infinity long after the cap; min() keeps it finite.
  const full = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(step, 52));
  return Math.round(full / 2 + (full / 2) * random());
}

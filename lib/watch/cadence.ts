const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** How often a watched source is checked (lib/env.ts's WATCH_* settings map onto it). */
export type CadenceConfig = {
  /** Days after the first check during which the source is checked every `earlyIntervalMs`. */
  earlyDays: number;
  earlyIntervalMs: number;
  /** After the early days. */
  laterIntervalMs: number;
  /** A failing source (an unreachable streak, dead or blocked), whatever its age. */
  failingIntervalMs: number;
};

/**
 * Daily for the first week (a freshly cited page is the likeliest to be edited or moved, and
 * the desk still works on the claim), weekly after that; a failing source daily, so a dead
 * link is confirmed within DEAD_AFTER_FAILURES days and a revived one noticed within a day.
 */
export const DEFAULT_CADENCE: CadenceConfig = {
  earlyDays: 7,
  earlyIntervalMs: DAY_MS,
  laterIntervalMs: 7 * DAY_MS,
  failingIntervalMs: DAY_MS,
};

/**
 * When a source checked at `checkedAt` is next due: the earliest of the intervals that apply.
 * `firstCheckedAt` is the source's first check (this one, when it is the first).
 */
export function nextCheckAt(
  input: { checkedAt: Date; firstCheckedAt: Date; failing: boolean },
  config: CadenceConfig = DEFAULT_CADENCE,
): Date {
  const at = input.checkedAt.getTime();
  const early = at < input.firstCheckedAt.getTime() + config.earlyDays * DAY_MS;
  let interval = early ? config.earlyIntervalMs : config.laterIntervalMs;
  if (input.failing) interval = Math.min(interval, config.failingIntervalMs);
  return new Date(at + interval);
}

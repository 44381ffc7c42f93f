/**
 * Where the failed-sign-in counters live (lib/auth/sign-in-throttle.ts holds the rules): one row
 * per counter in SignInFailureCount, shared by every server process and every server over the
 * database, so the limits count across all of them.
 */
export type ThrottleScope = 'account' | 'device' | 'address';

export interface ThrottleCounter {
  readonly scope: ThrottleScope;
  readonly subject: string;
}

/** A counter's stored state: failures in the window that started at `windowStart` (ms). */
export interface StoredCount {
  readonly failures: number;
  readonly windowStart: number;
}

export type CounterState = ThrottleCounter & StoredCount;

/** A counter as an attempt counted it: in the window that started then. */
export type CountedIn = ThrottleCounter & { readonly windowStart: number };

/** What the rules decided about an attempt: its answer, and what to write for it. */
export interface ReserveOutcome<T> {
  readonly result: T;
  /** The counters' new states; none when the attempt is refused. */
  readonly write: readonly CounterState[];
  /** Rows of windows that started at or before this instant are dropped; null: none. */
  readonly dropStartedBy: number | null;
}

export interface SignInThrottleStore {
  /**
   * Reads `counters` (undefined for one never stored), lets the pure `decide` choose, and writes
   * what it returns — in one transaction that holds the counters against every concurrent
   * attempt, on any server, so parallel attempts are all counted and none slips past a limit.
   */
  reserve<T>(
    counters: readonly ThrottleCounter[],
    decide: (stored: readonly (StoredCount | undefined)[]) => ReserveOutcome<T>,
  ): Promise<T>;
  /**
   * In one transaction: deletes `forget`'s row, and takes one failure back from each of
   * `takeBack` whose stored window is still the one it was counted in.
   */
  settle(change: { forget: ThrottleCounter | null; takeBack: readonly CountedIn[] }): Promise<void>;
}

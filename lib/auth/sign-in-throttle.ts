import 'server-only';
import { addressGroup } from '@/lib/client-address';
import { store } from '@/lib/db/store';
import type {
  CountedIn,
  CounterState,
  SignInThrottleStore,
  StoredCount,
  ThrottleCounter,
  ThrottleScope,
} from '@/lib/db/sign-in-throttle-store';

const MINUTE_MS = 60_000;

export interface FailureLimit {
  /** Failed sign-ins allowed in one window; the next attempt is refused until it ends. */
  readonly failures: number;
  /** A window starts with its first failure and lasts this long. */
  readonly windowMs: number;
}

/**
 * Per account — the normalised email, whether or not an account has it, so the limit cannot
 * tell which emails exist. Ten is more than a person mistypes before resetting a password; an
 * attacker gets at most 10 guesses per 15 minutes (at most 50 in any hour, against ASVS 4.0.3
 * V2.2.1's ceiling of 100 failed attempts an hour per account). Once reached, even the right
 * password is refused until the window ends: otherwise the answer would tell the attacker which
 * guess was right.
 */
export const ACCOUNT_FAILURE_LIMIT: FailureLimit = { failures: 10, windowMs: 15 * MINUTE_MS };

/**
 * Per device: attempts from a browser that signed in to the account before (its device cookie,
 * lib/auth/sign-in-device.ts) are limited on their own, not by the account's or the address's
 * failures. So guesses from elsewhere cannot lock the owner out of their own account (ASVS 5.0
 * V6.1.1: prevent malicious account lockout), and a stolen laptop still gets 10 guesses only.
 */
export const DEVICE_FAILURE_LIMIT: FailureLimit = { failures: 10, windowMs: 15 * MINUTE_MS };

/**
 * Per client address, across all accounts: password spraying from one host. A desk behind one
 * office address shares it, so it is set at twice the failures of a 50-person desk where every
 * editor mistypes once in the same quarter hour; correct sign-ins are never counted.
 */
export const ADDRESS_FAILURE_LIMIT: FailureLimit = { failures: 100, windowMs: 15 * MINUTE_MS };

const LIMITS: Record<ThrottleScope, FailureLimit> = {
  account: ACCOUNT_FAILURE_LIMIT,
  device: DEVICE_FAILURE_LIMIT,
  address: ADDRESS_FAILURE_LIMIT,
};
const LONGEST_WINDOW_MS = Math.max(...Object.values(LIMITS).map((limit) => limit.windowMs));

export interface ThrottleOptions {
  /** The current time in milliseconds since the epoch; tests pass their own clock. */
  now?: () => number;
  /** Tests pass stores on other connections to stand for other server processes. */
  store?: SignInThrottleStore;
}

/** An attempt let through and counted as a failure until its outcome says otherwise. */
export interface SignInAttempt {
  /** Who tried: the account, or the trusted device, whose failures a success clears. */
  readonly who: CountedIn;
  /** Where from, unless from a trusted device. */
  readonly address: CountedIn | null;
}

export type ThrottleDecision =
  { allowed: true; attempt: SignInAttempt } | { allowed: false; retryAfterMs: number };

/** The window a counter is in at `now`: the stored one while it lasts, else none yet. */
function currentCount(row: StoredCount | undefined, limit: FailureLimit, now: number): StoredCount {
  if (row && now < row.windowStart + limit.windowMs) return row;
  return { failures: 0, windowStart: now };
}

/** An account's counter: its email as it is looked up, trimmed and in lower case. */
export function signInAccountKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Decides whether a sign-in may be tried, before any password is checked, and if so counts it
 * as a failure at once: of its account and its address, or, from a trusted device (`device`,
 * verified by lib/auth/sign-in-device.ts for this email), of that device only. Counting before
 * the outcome is what keeps the limits exact: attempts sent in parallel cannot all pass the
 * check before any failure is written. The check and the count are one write transaction, so
 * concurrent attempts from every server process are all counted. A successful attempt takes its
 * count back (recordSignInSuccess).
 */
export async function reserveSignInAttempt(
  input: { email: string; address: string; device: string | null },
  options: ThrottleOptions = {},
): Promise<ThrottleDecision> {
  const now = (options.now ?? Date.now)();
  const counters: ThrottleCounter[] = input.device
    ? [{ scope: 'device', subject: input.device }]
    : [
        { scope: 'account', subject: signInAccountKey(input.email) },
        { scope: 'address', subject: addressGroup(input.address) },
      ];
  return (options.store ?? store.signInThrottle).reserve<ThrottleDecision>(counters, (stored) => {
    const counts = counters.map((counter, i) => ({
      ...counter,
      ...currentCount(stored[i], LIMITS[counter.scope], now),
    }));
    const retryAt = Math.max(
      0,
      ...counts
        .filter((c) => c.failures >= LIMITS[c.scope].failures)
        .map((c) => c.windowStart + LIMITS[c.scope].windowMs),
    );
    if (retryAt > 0) {
      const refused: ThrottleDecision = { allowed: false, retryAfterMs: retryAt - now };
      return { result: refused, write: [], dropStartedBy: null };
    }
    const write: CounterState[] = counts.map((c) => ({ ...c, failures: c.failures + 1 }));
    const [who, address = null] = counts.map(({ scope, subject, windowStart }) => ({
      scope,
      subject,
      windowStart,
    }));
    const allowed: ThrottleDecision = { allowed: true, attempt: { who: who!, address } };
    // Rows of windows that have ended say nothing any more; dropped whenever a window starts,
    // through the windowStart index, so the table holds only the last quarter hour's failures.
    const dropStartedBy = counts.some((c) => c.failures === 0) ? now - LONGEST_WINDOW_MS : null;
    return { result: allowed, write, dropStartedBy };
  });
}

/**
 * The attempt signed in: the failures of its account (or trusted device) are cleared, and its
 * own count at the address is taken back. The address's earlier failures stay: clearing them
 * would let an attacker with one valid account reset the address's count between guesses at
 * other accounts.
 */
export async function recordSignInSuccess(
  attempt: SignInAttempt,
  options: ThrottleOptions = {},
): Promise<void> {
  await (options.store ?? store.signInThrottle).settle({
    forget: attempt.who,
    takeBack: attempt.address ? [attempt.address] : [],
  });
}

/**
 * The attempt got no answer about the password (the server failed): it is not counted. The
 * other failures of its account and address stay.
 */
export async function releaseSignInAttempt(
  attempt: SignInAttempt,
  options: ThrottleOptions = {},
): Promise<void> {
  await (options.store ?? store.signInThrottle).settle({
    forget: null,
    takeBack: attempt.address ? [attempt.who, attempt.address] : [attempt.who],
  });
}

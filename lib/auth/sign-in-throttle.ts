import 'server-only';
import { addressGroup } from '@/lib/client-address';
import { sqlite } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { DirectConnection } from '@/lib/sqlite-direct';

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
 * Per client address, across all accounts: password spraying from one host. A desk behind one
 * office address shares it, so it is set at twice the failures of a 50-person desk where every
 * editor mistypes once in the same quarter hour; correct sign-ins are never counted.
 */
export const ADDRESS_FAILURE_LIMIT: FailureLimit = { failures: 100, windowMs: 15 * MINUTE_MS };

type Scope = 'account' | 'address';

const LIMITS: Record<Scope, FailureLimit> = {
  account: ACCOUNT_FAILURE_LIMIT,
  address: ADDRESS_FAILURE_LIMIT,
};
const SCOPES = Object.keys(LIMITS) as Scope[];
const LONGEST_WINDOW_MS = Math.max(...SCOPES.map((scope) => LIMITS[scope].windowMs));

export interface ThrottleOptions {
  /** The current time in milliseconds since the epoch; tests pass their own clock. */
  now?: () => number;
  /** Tests pass other connections to stand for other server processes. */
  connection?: DirectConnection;
}

/** An attempt let through and counted as a failure until its outcome says otherwise. */
export interface SignInAttempt {
  readonly subjects: Record<Scope, string>;
  readonly windowStarts: Record<Scope, number>;
}

export type ThrottleDecision =
  { allowed: true; attempt: SignInAttempt } | { allowed: false; retryAfterMs: number };

interface CountRow {
  failures: number;
  windowStart: number;
}

/** The window a key is in at `now`: the stored one while it lasts, else none yet. */
function currentCount(row: CountRow | undefined, limit: FailureLimit, now: number): CountRow {
  if (row && now < row.windowStart + limit.windowMs) return row;
  return { failures: 0, windowStart: now };
}

/** Emails are looked up trimmed and in lower case (lib/auth/users/user-schemas.ts). */
function accountSubject(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Decides whether a sign-in may be tried, before any password is checked, and if so counts it
 * as a failure of its account and of its address at once. Counting before the outcome is what
 * keeps the limits exact: attempts sent in parallel cannot all pass the check before any failure
 * is written. The check and the count are one write transaction, so concurrent attempts from
 * every server process are all counted. A successful attempt takes its count back
 * (recordSignInSuccess).
 */
export async function reserveSignInAttempt(
  input: { email: string; address: string },
  options: ThrottleOptions = {},
): Promise<ThrottleDecision> {
  const connection = options.connection ?? sqlite;
  const now = (options.now ?? Date.now)();
  const subjects: Record<Scope, string> = {
    account: accountSubject(input.email),
    address: addressGroup(input.address),
  };
  return connection.write((): ThrottleDecision => {
    const counts = {} as Record<Scope, CountRow>;
    let retryAt = 0;
    for (const scope of SCOPES) {
      const row = connection.get<CountRow>(Prisma.sql`
        SELECT "failures", "windowStart" FROM "SignInFailureCount"
        WHERE "scope" = ${scope} AND "subject" = ${subjects[scope]}`);
      const count = currentCount(row, LIMITS[scope], now);
      counts[scope] = count;
      if (count.failures >= LIMITS[scope].failures) {
        retryAt = Math.max(retryAt, count.windowStart + LIMITS[scope].windowMs);
      }
    }
    if (retryAt > 0) return { allowed: false, retryAfterMs: retryAt - now };

    let windowStarted = false;
    for (const scope of SCOPES) {
      const { failures, windowStart } = counts[scope];
      windowStarted ||= failures === 0;
      connection.run(Prisma.sql`
        INSERT INTO "SignInFailureCount" ("scope", "subject", "failures", "windowStart")
        VALUES (${scope}, ${subjects[scope]}, ${failures + 1}, ${windowStart})
        ON CONFLICT ("scope", "subject") DO UPDATE
        SET "failures" = excluded."failures", "windowStart" = excluded."windowStart"`);
    }
    // Rows of windows that have ended say nothing any more; dropped whenever a window starts,
    // through the windowStart index, so the table holds only the last quarter hour's failures.
    if (windowStarted) {
      connection.run(Prisma.sql`
        DELETE FROM "SignInFailureCount" WHERE "windowStart" <= ${now - LONGEST_WINDOW_MS}`);
    }
    return {
      allowed: true,
      attempt: {
        subjects,
        windowStarts: { account: counts.account.windowStart, address: counts.address.windowStart },
      },
    };
  });
}

/**
 * The attempt signed in: its account's failures are cleared, and its own count at the address
 * is taken back. The address's earlier failures stay: clearing them would let an attacker with
 * one valid account reset the address's count between guesses at other accounts.
 */
export async function recordSignInSuccess(
  attempt: SignInAttempt,
  options: ThrottleOptions = {},
): Promise<void> {
  const connection = options.connection ?? sqlite;
  await connection.write(() => {
    connection.run(Prisma.sql`
      DELETE FROM "SignInFailureCount"
      WHERE "scope" = 'account' AND "subject" = ${attempt.subjects.account}`);
    takeBack(connection, attempt, 'address');
  });
}

/**
 * The attempt got no answer about the password (the server failed): it is not counted. The
 * same as a success for the address; the account's other failures stay.
 */
export async function releaseSignInAttempt(
  attempt: SignInAttempt,
  options: ThrottleOptions = {},
): Promise<void> {
  const connection = options.connection ?? sqlite;
  await connection.write(() => {
    for (const scope of SCOPES) takeBack(connection, attempt, scope);
  });
}

/** One failure less for `scope`, if the window the attempt was counted in is still the stored one. */
function takeBack(connection: DirectConnection, attempt: SignInAttempt, scope: Scope): void {
  connection.run(Prisma.sql`
    UPDATE "SignInFailureCount" SET "failures" = "failures" - 1
    WHERE "scope" = ${scope} AND "subject" = ${attempt.subjects[scope]}
      AND "windowStart" = ${attempt.windowStarts[scope]} AND "failures" > 0`);
}

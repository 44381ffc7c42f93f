import { Prisma } from '@/lib/generated/prisma/client';
import type { DirectConnection } from '@/lib/db/sqlite/direct-connection';
import type {
  CountedIn,
  SignInThrottleStore,
  StoredCount,
  ThrottleCounter,
} from '../sign-in-throttle-store';

/**
 * The counters on SQLite, on the process's direct connection: `write` takes the database's one
 * write lock (BEGIN IMMEDIATE) and runs the whole read-decide-write synchronously, so attempts
 * from every process are serialised. Tests pass other connections to stand for other processes.
 */
export function sqliteSignInThrottle(connection: DirectConnection): SignInThrottleStore {
  return {
    reserve: (counters, decide) =>
      connection.write(() => {
        const stored = counters.map((counter) =>
          connection.get<StoredCount>(Prisma.sql`
            SELECT "failures", "windowStart" FROM "SignInFailureCount"
            WHERE "scope" = ${counter.scope} AND "subject" = ${counter.subject}`),
        );
        const outcome = decide(stored);
        for (const { scope, subject, failures, windowStart } of outcome.write) {
          connection.run(Prisma.sql`
            INSERT INTO "SignInFailureCount" ("scope", "subject", "failures", "windowStart")
            VALUES (${scope}, ${subject}, ${failures}, ${windowStart})
            ON CONFLICT ("scope", "subject") DO UPDATE
            SET "failures" = excluded."failures", "windowStart" = excluded."windowStart"`);
        }
        if (outcome.dropStartedBy !== null) {
          connection.run(Prisma.sql`
            DELETE FROM "SignInFailureCount" WHERE "windowStart" <= ${outcome.dropStartedBy}`);
        }
        return outcome.result;
      }),
    settle: ({ forget, takeBack }) =>
      connection.write(() => {
        if (forget) forgetCounter(connection, forget);
        for (const counter of takeBack) takeBackOne(connection, counter);
      }),
  };
}

function forgetCounter(connection: DirectConnection, counter: ThrottleCounter): void {
  connection.run(Prisma.sql`
    DELETE FROM "SignInFailureCount"
    WHERE "scope" = ${counter.scope} AND "subject" = ${counter.subject}`);
}

function takeBackOne(connection: DirectConnection, counter: CountedIn): void {
  connection.run(Prisma.sql`
    UPDATE "SignInFailureCount" SET "failures" = "failures" - 1
    WHERE "scope" = ${counter.scope} AND "subject" = ${counter.subject}
      AND "windowStart" = ${counter.windowStart} AND "failures" > 0`);
}

import type pg from 'pg';
import type {
  CountedIn,
  SignInThrottleStore,
  StoredCount,
  ThrottleCounter,
} from '../sign-in-throttle-store';

interface CountRow {
  scope: string;
  subject: string;
  failures: number;
  windowStart: string;
}

/** Deadlocks (40P01) cannot happen in the order used below, but a retry costs nothing. */
const RETRIES = 3;

/**
 * The counters on PostgreSQL, shared by every server over the database. `reserve` holds its
 * counters' rows from the first statement to COMMIT: an upsert that inserts the missing ones
 * and locks all of them (DO UPDATE takes the row lock) and returns what they held, in one round
 * trip. Concurrent attempts on the same counter therefore wait for each other, each sees the
 * count the previous one committed, and none slips past a limit. Rows are locked in one order
 * (scope, subject), so two attempts sharing two counters cannot deadlock.
 */
export function postgresSignInThrottle(pool: () => pg.Pool): SignInThrottleStore {
  return {
    reserve: (counters, decide) =>
      inTransaction(pool(), async (client) => {
        const held = await lockCounters(client, counters);
        const stored = counters.map((c) => held.get(key(c)));
        const outcome = decide(stored);
        if (outcome.write.length === 0) return { rollback: true, result: outcome.result };
        await client.query(
          `INSERT INTO "SignInFailureCount" ("scope", "subject", "failures", "windowStart")
           SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::bigint[])
           ON CONFLICT ("scope", "subject") DO UPDATE
           SET "failures" = excluded."failures", "windowStart" = excluded."windowStart"`,
          [
            outcome.write.map((c) => c.scope),
            outcome.write.map((c) => c.subject),
            outcome.write.map((c) => c.failures),
            outcome.write.map((c) => c.windowStart),
          ],
        );
        if (outcome.dropStartedBy !== null) {
          // Rows another attempt holds right now are left for a later sweep, not waited for.
          await client.query(
            `DELETE FROM "SignInFailureCount" WHERE ("scope", "subject") IN (
               SELECT "scope", "subject" FROM "SignInFailureCount"
               WHERE "windowStart" <= $1 FOR UPDATE SKIP LOCKED)`,
            [outcome.dropStartedBy],
          );
        }
        return { rollback: false, result: outcome.result };
      }),
    settle: ({ forget, takeBack }) =>
      inTransaction(pool(), async (client) => {
        if (forget) {
          await client.query(
            `DELETE FROM "SignInFailureCount" WHERE "scope" = $1 AND "subject" = $2`,
            [forget.scope, forget.subject],
          );
        }
        for (const counter of sorted(takeBack)) await takeBackOne(client, counter);
        return { rollback: false, result: undefined };
      }),
  };
}

const key = (c: ThrottleCounter) => `${c.scope}\u0000${c.subject}`;

function sorted<T extends ThrottleCounter>(counters: readonly T[]): T[] {
  return [...counters].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Inserts the counters that have no row (no failures, a window that ended long ago: the rules
 * read that as a fresh window) and locks every one of them; returns what the rows held.
 */
async function lockCounters(
  client: pg.PoolClient,
  counters: readonly ThrottleCounter[],
): Promise<Map<string, StoredCount | undefined>> {
  const ordered = sorted(counters);
  const { rows } = await client.query<CountRow>(
    `INSERT INTO "SignInFailureCount" ("scope", "subject", "failures", "windowStart")
     SELECT scope, subject, 0, 0 FROM unnest($1::text[], $2::text[]) AS c (scope, subject)
     ON CONFLICT ("scope", "subject") DO UPDATE SET "failures" = "SignInFailureCount"."failures"
     RETURNING "scope", "subject", "failures", "windowStart"`,
    [ordered.map((c) => c.scope), ordered.map((c) => c.subject)],
  );
  return new Map(
    rows.map((row) => [
      key(row as ThrottleCounter),
      { failures: row.failures, windowStart: Number(row.windowStart) },
    ]),
  );
}

async function takeBackOne(client: pg.PoolClient, counter: CountedIn): Promise<void> {
  await client.query(
    `UPDATE "SignInFailureCount" SET "failures" = "failures" - 1
     WHERE "scope" = $1 AND "subject" = $2 AND "windowStart" = $3 AND "failures" > 0`,
    [counter.scope, counter.subject, counter.windowStart],
  );
}

async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<{ rollback: boolean; result: T }>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rollback, result } = await work(client);
      await client.query(rollback ? 'ROLLBACK' : 'COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      if ((error as { code?: string }).code !== '40P01' || attempt >= RETRIES) throw error;
    } finally {
      client.release();
    }
  }
}

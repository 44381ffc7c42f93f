import { Prisma } from '@/lib/generated/prisma/client';
import type { DirectConnection } from '@/lib/db/sqlite/direct-connection';
import type { ClaimedJob, FailOutcome, JobStore } from '../job-store';
import { fromSqliteInstant } from './instant';

interface JobRow {
  id: number;
  kind: string;
  key: string | null;
  payload: string;
  attempts: number;
  maxAttempts: number;
  runAt: string | number;
}

/** Said in lastError when a job whose worker vanished is taken over, or given up. */
const LEASE_LOST = 'The worker running it stopped before it finished (its lease ran out)';

/**
 * The queue on SQLite, on a direct connection (lib/db/sqlite/direct-connection.ts): every change
 * runs under the database's one write lock (BEGIN IMMEDIATE, waited for on timers), so workers
 * of every process are serialised and two can never claim one job. Instants are this machine's
 * clock — every process over one SQLite file runs on it — written in Prisma's text format, so
 * they compare with the dates Prisma wrote (enqueueJob). Tests pass other connections to stand
 * for other processes.
 */
export function sqliteJobs(connection: DirectConnection): JobStore {
  return {
    claim: async (workerId, limit, leaseMs) => {
      // An idle worker polls: a read first (in WAL mode it never waits for a writer) so that a
      // poll that finds nothing due does not take the write lock the app's editors need.
      const probe = new Date();
      const due = connection.get(Prisma.sql`
        SELECT 1 FROM "Job"
        WHERE ("state" = 'queued' AND "runAt" <= ${probe})
           OR ("state" = 'running' AND "lockedUntil" < ${probe})
        LIMIT 1`);
      if (!due) return [];
      return connection.write(() => {
        const now = new Date();
        const until = new Date(now.getTime() + leaseMs);
        connection.run(Prisma.sql`
          UPDATE "Job" SET "state" = 'failed', "lockedBy" = NULL, "lockedUntil" = NULL,
            "updatedAt" = ${now}, "lastError" = ${`${LEASE_LOST}, and no attempt is left`}
          WHERE "state" = 'running' AND "lockedUntil" < ${now} AND "attempts" >= "maxAttempts"`);
        const rows = connection.all<JobRow>(Prisma.sql`
          UPDATE "Job" SET "state" = 'running', "lockedBy" = ${workerId}, "lockedUntil" = ${until},
            "attempts" = "attempts" + 1, "updatedAt" = ${now},
            "lastError" = CASE WHEN "state" = 'running'
              THEN ${LEASE_LOST} || ' (' || coalesce("lockedBy", '?') || ')' ELSE "lastError" END
          WHERE "id" IN (
            SELECT "id" FROM "Job"
            WHERE ("state" = 'queued' AND "runAt" <= ${now})
               OR ("state" = 'running' AND "lockedUntil" < ${now} AND "attempts" < "maxAttempts")
            ORDER BY "runAt", "id" LIMIT ${limit})
          RETURNING "id", "kind", "key", "payload", "attempts", "maxAttempts", "runAt"`);
        return rows.map(toClaimedJob).sort(byRunAt);
      });
    },
    complete: (id, workerId) =>
      connection.write(
        () =>
          connection.run(Prisma.sql`
            DELETE FROM "Job" WHERE "id" = ${id} AND "lockedBy" = ${workerId} AND "state" = 'running'`)
            .changes === 1,
      ),
    fail: (id, workerId, { error, retryInMs }) =>
      connection.write(() => {
        const now = new Date();
        const row = connection.get<{ state: FailOutcome }>(Prisma.sql`
          UPDATE "Job" SET
            "state" = CASE WHEN "attempts" >= "maxAttempts" THEN 'failed' ELSE 'queued' END,
            "runAt" = ${new Date(now.getTime() + Math.max(0, Math.round(retryInMs)))},
            "lockedBy" = NULL, "lockedUntil" = NULL, "lastError" = ${error}, "updatedAt" = ${now}
          WHERE "id" = ${id} AND "lockedBy" = ${workerId} AND "state" = 'running'
          RETURNING "state"`);
        return row?.state ?? null;
      }),
    renew: (id, workerId, leaseMs) =>
      connection.write(() => {
        const now = new Date();
        return (
          connection.run(Prisma.sql`
            UPDATE "Job" SET "lockedUntil" = ${new Date(now.getTime() + leaseMs)}, "updatedAt" = ${now}
            WHERE "id" = ${id} AND "lockedBy" = ${workerId} AND "state" = 'running'`).changes === 1
        );
      }),
    defer: (id, workerId, delayMs) =>
      connection.write(() => {
        const now = new Date();
        return (
          connection.run(Prisma.sql`
            UPDATE "Job" SET "state" = 'queued', "lockedBy" = NULL, "lockedUntil" = NULL,
              "runAt" = ${new Date(now.getTime() + Math.max(0, Math.round(delayMs)))},
              "attempts" = max("attempts" - 1, 0), "updatedAt" = ${now}
            WHERE "id" = ${id} AND "lockedBy" = ${workerId} AND "state" = 'running'`).changes === 1
        );
      }),
    release: (workerId) =>
      connection.write(
        () =>
          connection.run(Prisma.sql`
            UPDATE "Job" SET "state" = 'queued', "lockedBy" = NULL, "lockedUntil" = NULL,
              "attempts" = max("attempts" - 1, 0), "updatedAt" = ${new Date()}
            WHERE "lockedBy" = ${workerId} AND "state" = 'running'`).changes,
      ),
    // Two statements, atomic all the same: the write lock is held from the read to the write.
    reserveHostSlot: (host, intervalMs, maxWaitMs = Infinity) =>
      connection.write(() => {
        const now = Date.now();
        const row = connection.get<{ nextFetchAt: string | number }>(Prisma.sql`
          SELECT "nextFetchAt" FROM "WatchHost" WHERE "host" = ${host}`);
        const start = Math.max(row ? fromSqliteInstant(row.nextFetchAt).getTime() : now, now);
        const slot = { slotStart: new Date(start), waitMs: start - now };
        if (slot.waitMs > maxWaitMs) return { reserved: false, ...slot };
        connection.run(Prisma.sql`
          INSERT INTO "WatchHost" ("host", "nextFetchAt") VALUES (${host}, ${new Date(start + intervalMs)})
          ON CONFLICT ("host") DO UPDATE SET "nextFetchAt" = excluded."nextFetchAt"`);
        return { reserved: true, ...slot };
      }),
  };
}

function toClaimedJob(row: JobRow): ClaimedJob {
  return { ...row, runAt: fromSqliteInstant(row.runAt) };
}

function byRunAt(a: ClaimedJob, b: ClaimedJob): number {
  return a.runAt.getTime() - b.runAt.getTime() || a.id - b.id;
}

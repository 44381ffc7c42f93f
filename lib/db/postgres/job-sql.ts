import type pg from 'pg';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimedJob, FailOutcome, HostSlot, JobStore } from '../job-store';

/** Said in lastError when a job whose worker vanished is taken over, or given up. */
const LEASE_LOST = 'The worker running it stopped before it finished (its lease ran out)';

/** `ms` milliseconds as an interval (a whole number of them, bound as a parameter). */
const millis = (ms: number) =>
  Prisma.sql`(${Math.max(0, Math.round(ms))}::integer * interval '1 millisecond')`;

/**
 * The queue on PostgreSQL, shared by every process and machine over the database. Each
 * operation is one statement (its own transaction). `claim` locks the due rows it takes with
 * FOR UPDATE SKIP LOCKED, so concurrent claims from any number of workers pass each other by
 * instead of waiting or taking the same job. Every instant is the database's clock (`now()`),
 * so machines whose clocks differ agree on leases, run times and host slots.
 */
export function postgresJobs(pool: () => pg.Pool): JobStore {
  const query = async <Row extends pg.QueryResultRow>(sql: Prisma.Sql) =>
    pool().query<Row>({ text: sql.text, values: sql.values as unknown[] });
  return {
    claim: async (workerId, limit, leaseMs) => {
      // The two updates touch disjoint rows (attempts left or not), as they must in one statement.
      const { rows } = await query<ClaimedJob>(Prisma.sql`
        WITH exhausted AS (
          UPDATE "Job" SET "state" = 'failed', "lockedBy" = NULL, "lockedUntil" = NULL,
            "updatedAt" = now(), "lastError" = ${`${LEASE_LOST}, and no attempt is left`}
          WHERE "id" IN (
            SELECT "id" FROM "Job"
            WHERE "state" = 'running' AND "lockedUntil" < now() AND "attempts" >= "maxAttempts"
            FOR UPDATE SKIP LOCKED)
        )
        UPDATE "Job" SET "state" = 'running', "lockedBy" = ${workerId},
          "lockedUntil" = now() + ${millis(leaseMs)}, "attempts" = "attempts" + 1,
          "updatedAt" = now(),
          "lastError" = CASE WHEN "state" = 'running'
            THEN ${LEASE_LOST} || ' (' || coalesce("lockedBy", '?') || ')' ELSE "lastError" END
        WHERE "id" IN (
          SELECT "id" FROM "Job"
          WHERE ("state" = 'queued' AND "runAt" <= now())
             OR ("state" = 'running' AND "lockedUntil" < now() AND "attempts" < "maxAttempts")
          ORDER BY "runAt", "id" LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
        RETURNING "id", "kind", "key", "payload", "attempts", "maxAttempts", "runAt"`);
      return rows.sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
    },
    complete: async (id, workerId) => {
      const { rowCount } = await query(Prisma.sql`
        DELETE FROM "Job" WHERE "id" = ${id} AND "lockedBy" = ${workerId} AND "state" = 'running'`);
      return rowCount === 1;
    },
    fail: async (id, workerId, { error, retryInMs }) => {
      const { rows } = await query<{ state: FailOutcome }>(Prisma.sql`
        UPDATE "Job" SET
          "state" = CASE WHEN "attempts" >= "maxAttempts" THEN 'failed' ELSE 'queued' END,
          "runAt" = now() + ${millis(retryInMs)},
          "lockedBy" = NULL, "lockedUntil" = NULL, "lastError" = ${error}, "updatedAt" = now()
        WHERE "id" = ${id} AND "lockedBy" = ${workerId} AND "state" = 'running'
        RETURNING "state"`);
      return rows[0]?.state ?? null;
    },
    renew: async (id, workerId, leaseMs) => {
      const { rowCount } = await query(Prisma.sql`
        UPDATE "Job" SET "lockedUntil" = now() + ${millis(leaseMs)}, "updatedAt" = now()
        WHERE "id" = ${id} AND "lockedBy" = ${workerId} AND "state" = 'running'`);
      return rowCount === 1;
    },
    defer: async (id, workerId, delayMs) => {
      const { rowCount } = await query(Prisma.sql`
        UPDATE "Job" SET "state" = 'queued', "lockedBy" = NULL, "lockedUntil" = NULL,
          "runAt" = now() + ${millis(delayMs)}, "attempts" = greatest("attempts" - 1, 0),
          "updatedAt" = now()
        WHERE "id" = ${id} AND "lockedBy" = ${workerId} AND "state" = 'running'`);
      return rowCount === 1;
    },
    release: async (workerId) => {
      const { rowCount } = await query(Prisma.sql`
        UPDATE "Job" SET "state" = 'queued', "lockedBy" = NULL, "lockedUntil" = NULL,
          "attempts" = greatest("attempts" - 1, 0), "updatedAt" = now()
        WHERE "lockedBy" = ${workerId} AND "state" = 'running'`);
      return rowCount ?? 0;
    },
    // One statement: the upsert takes the host's row lock, so concurrent reservations of a host
    // queue behind each other and each moves the next free instant on by one interval. When the
    // slot is too far away the update does not happen and the row is read instead.
    reserveHostSlot: async (host, intervalMs, maxWaitMs) => {
      const limit =
        maxWaitMs === undefined || !Number.isFinite(maxWaitMs) ? null : Math.round(maxWaitMs);
      const { rows } = await query<HostSlot>(Prisma.sql`
        INSERT INTO "WatchHost" AS h ("host", "nextFetchAt")
        VALUES (${host}, now() + ${millis(intervalMs)})
        ON CONFLICT ("host") DO UPDATE
        SET "nextFetchAt" = greatest(h."nextFetchAt", now()) + ${millis(intervalMs)}
        WHERE ${limit}::integer IS NULL OR h."nextFetchAt" <= now() + ${millis(limit ?? 0)}
        RETURNING true AS "reserved", h."nextFetchAt" - ${millis(intervalMs)} AS "slotStart",
          greatest(0, extract(epoch FROM h."nextFetchAt" - ${millis(intervalMs)} - now()) * 1000)::float8
            AS "waitMs"`);
      if (rows[0]) return rows[0];
      const busy = await query<HostSlot>(Prisma.sql`
        SELECT false AS "reserved", greatest("nextFetchAt", now()) AS "slotStart",
          greatest(0, extract(epoch FROM "nextFetchAt" - now()) * 1000)::float8 AS "waitMs"
        FROM "WatchHost" WHERE "host" = ${host}`);
      return busy.rows[0]!;
    },
  };
}

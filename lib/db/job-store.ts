/**
 * The durable job queue (model Job) and the per-host fetch slots (model WatchHost), shared by
 * every worker process and every machine over the database. lib/jobs holds the rules (back-off,
 * the worker loop); each provider answers these operations with its own SQL
 * (lib/db/sqlite/job-sql.ts, lib/db/postgres/job-sql.ts).
 *
 * Clocks: PostgreSQL decides every instant with its own clock (`now()`), so machines whose
 * clocks differ still agree on leases and slots; SQLite is one file on one machine, whose
 * processes share its clock.
 */

/** A job as a worker claimed it: the lease is this worker's until renewed or ended. */
export interface ClaimedJob {
  readonly id: number;
  readonly kind: string;
  readonly key: string | null;
  /** JSON text, the handler's input. */
  readonly payload: string;
  /** Counting this run. */
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly runAt: Date;
}

/** How a failed run ended: queued again for later, or failed for good (attempts used up). */
export type FailOutcome = 'queued' | 'failed';

/**
 * A reserved slot for one request to a host: start it `waitMs` from now (0: at once). Not
 * reserved when the host's next free slot is further away than the caller would wait: then
 * `slotStart` is when it is free.
 */
export interface HostSlot {
  readonly reserved: boolean;
  readonly slotStart: Date;
  readonly waitMs: number;
}

export interface JobStore {
  /**
   * Takes up to `limit` due jobs in one transaction, oldest `runAt` first: queued ones whose
   * time has come, and running ones whose lease ran out (their worker stopped or was killed).
   * Each is marked running, locked by `workerId` until now + `leaseMs`, its attempts counted.
   * A running job whose lease ran out with no attempt left is marked failed instead.
   */
  claim(workerId: string, limit: number, leaseMs: number): Promise<ClaimedJob[]>;
  /** Deletes a finished job; false when `workerId` no longer holds it (its lease was lost). */
  complete(id: number, workerId: string): Promise<boolean>;
  /**
   * Records a failed run: queued again to run `retryInMs` from now, or failed when it used its
   * last attempt; `error` is kept in lastError. Null when `workerId` no longer holds the job.
   */
  fail(
    id: number,
    workerId: string,
    failure: { error: string; retryInMs: number },
  ): Promise<FailOutcome | null>;
  /** Moves the lease's end to now + `leaseMs`; false when `workerId` no longer holds the job. */
  renew(id: number, workerId: string, leaseMs: number): Promise<boolean>;
  /**
   * Puts a job back to run `delayMs` from now without counting this attempt (its host is busy:
   * a run that never started). False when `workerId` no longer holds it.
   */
  defer(id: number, workerId: string, delayMs: number): Promise<boolean>;
  /**
   * Gives back every job `workerId` holds (a graceful stop): queued again at once, the
   * interrupted attempt not counted. Returns how many.
   */
  release(workerId: string): Promise<number>;
  /**
   * Reserves the next request slot of `host` atomically for every process: the slot starts at
   * the later of the host's next free instant and now, and the host's next free instant moves
   * to the slot's start + `intervalMs` — unless the slot would start more than `maxWaitMs` from
   * now (default: no limit): then nothing is reserved.
   */
  reserveHostSlot(host: string, intervalMs: number, maxWaitMs?: number): Promise<HostSlot>;
}

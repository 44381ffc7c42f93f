import type Database from 'better-sqlite3';

/*
 * SQLite's one write lock, for every writer of the process (the Prisma adapter's shared
 * connection, the direct connection, the migrator, scripts): how long to wait for it, how to
 * tell it was taken (SQLITE_BUSY), and the one retry loop that waits for it on timers.
 */

/** How long a transaction waits for another process's write lock: the adapter's busy timeout. */
export const WRITE_LOCK_TIMEOUT_MS = 5000;

/**
 * An error and the ones it wraps, outermost first: the adapter re-wraps the driver's error, and
 * the Prisma client wraps that again (P1008 "Operation has timed out", the adapter's error in
 * `meta.driverAdapterError`).
 */
export function* errorCauses(error: unknown): Generator<Record<string, unknown>> {
  for (let e = error, depth = 0; e instanceof Object && depth < 6; depth++) {
    yield e as Record<string, unknown>;
    const next = e as { cause?: unknown; originalError?: unknown; meta?: Record<string, unknown> };
    e = next.cause ?? next.originalError ?? next.meta?.driverAdapterError;
  }
}

/** SQLITE_BUSY anywhere in an error's cause chain. */
export function isBusyError(error: unknown): boolean {
  for (const { code, originalCode, message, kind } of errorCauses(error)) {
    if (kind === 'SocketTimeout') return true;
    if (/SQLITE_BUSY/.test(`${String(code)} ${String(originalCode)} ${String(message)}`)) {
      return true;
    }
  }
  return false;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * While a long write of THIS process holds the lock (an import's transaction on its own
 * connection: import-connection.ts), other writers of the process wait for its end instead of
 * trying again every few milliseconds: the tries cost the CPU that write needs (a save retried
 * ~300 times a second through the 1–2 s of a 10,000-claim import), and none can succeed before
 * it ends.
 */
let heldHere: Promise<void> | null = null;

/**
 * Says that a connection of this process has just taken the write lock; call the returned
 * function once it is released (after COMMIT or ROLLBACK).
 */
export function writeLockTakenHere(): () => void {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  heldHere = released;
  return () => {
    if (heldHere === released) heldHere = null;
    release();
  };
}

/**
 * Runs `attempt` (one try at BEGIN IMMEDIATE without the busy handler) until it gets the write
 * lock: while another connection holds it, waits on timers (1, 2, then every 4 ms, with jitter
 * so two processes do not retry in step; or, while this process's own import holds it, until
 * that one releases it) so this process's other work runs meanwhile; gives up
 * after `timeoutMs` (the busy timeout, as SQLite would). `attempt` must leave nothing held when
 * it throws.
 */
export async function retryUntilWriteLock<T>(
  attempt: () => Promise<T> | T,
  timeoutMs: number = WRITE_LOCK_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 1; ; wait = Math.min(wait * 2, 4)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusyError(error) || Date.now() >= deadline) throw error;
    }
    if (heldHere) await Promise.race([heldHere, sleep(Math.max(0, deadline - Date.now()))]);
    else await sleep(wait * (0.5 + Math.random()));
  }
}

/**
 * BEGIN IMMEDIATE once, without the busy handler: SQLITE_BUSY at once while another writer holds
 * the lock (retryUntilWriteLock waits on timers instead), then `busyTimeoutMs` again for what
 * follows inside the transaction.
 */
export function beginImmediateNow(connection: Database.Database, busyTimeoutMs: number): void {
  connection.pragma('busy_timeout = 0');
  try {
    connection.exec('BEGIN IMMEDIATE');
  } finally {
    connection.pragma(`busy_timeout = ${busyTimeoutMs}`);
  }
}

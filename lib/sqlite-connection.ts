import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';

/**
 * One SQLite connection per process, shared by every Prisma client on the same file and used
 * by one statement or one transaction at a time.
 *
 * Why: the better-sqlite3 adapter runs a transaction on its single connection but lets other
 * queries run on that connection meanwhile — a reader would see another request's uncommitted
 * writes, and a write from another request (a new session, say) would join that transaction and
 * vanish if it rolled back. A second connection in the same process is worse: its write waits
 * for the lock synchronously, blocking the event loop the open transaction needs to finish.
 * So here every query waits while a transaction is open, and transactions start with
 * BEGIN IMMEDIATE: the write lock is taken at once instead of failing on upgrade with
 * SQLITE_BUSY half-way through. While another process holds that lock, BEGIN IMMEDIATE is
 * retried on timers rather than in SQLite's busy handler, which sleeps on the event loop and
 * holds the connection: a process waiting to write keeps serving its readers.
 */
class FifoLock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => held);
    return previous.then(() => release);
  }
}

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
 * Runs `attempt` (one try at BEGIN IMMEDIATE without the busy handler) until it gets the write
 * lock: while another connection holds it, waits on timers (1, 2, then every 4 ms, with jitter
 * so two processes do not retry in step) so this process's other work runs meanwhile; gives up
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
    await sleep(wait * (0.5 + Math.random()));
  }
}

/** BEGIN IMMEDIATE once, without the busy handler: SQLITE_BUSY at once if another process writes. */
async function tryBeginImmediate(inner: SqlDriverAdapter): Promise<void> {
  await inner.executeScript('PRAGMA busy_timeout = 0');
  try {
    await inner.executeScript('BEGIN IMMEDIATE');
  } finally {
    await inner.executeScript(`PRAGMA busy_timeout = ${WRITE_LOCK_TIMEOUT_MS}`);
  }
}

function serialized(inner: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new FifoLock();
  const exclusive = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await lock.acquire();
    try {
      return await run();
    } finally {
      release();
    }
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery) => exclusive(() => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => exclusive(() => inner.executeRaw(query)),
    executeScript: (script: string) => exclusive(() => inner.executeScript(script)),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
    async startTransaction(): Promise<Transaction> {
      // While another process holds the write lock, the connection is handed back between
      // attempts, so this process's other queries run meanwhile.
      const release = await retryUntilWriteLock(async () => {
        const held = await lock.acquire();
        try {
          await tryBeginImmediate(inner);
          return held;
        } catch (error) {
          held();
          throw error;
        }
      });
      // Prisma sends COMMIT or ROLLBACK through the transaction itself (no phantom query);
      // commit() and rollback() only hand the connection back.
      let open = true;
      const end = () => {
        if (open) release();
        open = false;
        return Promise.resolve();
      };
      return {
        provider: inner.provider,
        adapterName: inner.adapterName,
        options: { usePhantomQuery: false },
        queryRaw: (query: SqlQuery) => inner.queryRaw(query),
        executeRaw: (query: SqlQuery) => inner.executeRaw(query),
        commit: end,
        rollback: end,
      };
    },
  };
}

/**
 * Wraps a driver-adapter factory so that every client built on it shares one serialized
 * connection, opened on first use and closed when the last client disconnects.
 */
export function sharedConnection(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  let connection: Promise<SqlDriverAdapter> | null = null;
  let users = 0;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      connection ??= factory.connect().then(serialized);
      const shared = await connection;
      users += 1;
      return {
        ...shared,
        dispose: async () => {
          users -= 1;
          if (users > 0) return;
          connection = null;
          await shared.dispose();
        },
      };
    },
  };
}

import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { retryUntilWriteLock } from './write-lock';

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
 * SQLITE_BUSY half-way through. While another connection holds that lock, BEGIN IMMEDIATE — and
 * any statement outside a transaction that meets the lock — is retried on timers rather than in
 * SQLite's busy handler, which sleeps on the event loop and holds the connection: a process
 * waiting to write keeps serving its readers, and a write waiting for a lock held by another
 * connection of the SAME process (an import's own connection, import-connection.ts) cannot
 * freeze the event loop that transaction needs to finish.
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

/**
 * The connection runs without SQLite's busy handler (busy_timeout 0, set once when it opens):
 * a statement that meets another connection's write lock fails at once with SQLITE_BUSY and is
 * retried here on timers, up to the same WRITE_LOCK_TIMEOUT_MS. Inside a transaction the lock
 * is already held (BEGIN IMMEDIATE), so nothing there waits.
 */
async function withoutBusyHandler(inner: SqlDriverAdapter): Promise<SqlDriverAdapter> {
  await inner.executeScript('PRAGMA busy_timeout = 0');
  return inner;
}

function serialized(inner: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new FifoLock();
  // A failed statement outside a transaction wrote nothing (autocommit), so trying it again is
  // safe; each try takes the connection in turn, so others run between tries.
  const exclusive = <T>(run: () => Promise<T>): Promise<T> =>
    retryUntilWriteLock(async () => {
      const release = await lock.acquire();
      try {
        return await run();
      } finally {
        release();
      }
    });
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
          await inner.executeScript('BEGIN IMMEDIATE');
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
 * The driver's own handle under each open shared connection, by absolute file path. Process-wide
 * (a symbol on globalThis): a bundler that loads this module twice must still find the handle
 * the Prisma client opened.
 */
const processWide = globalThis as { [key: symbol]: Map<string, Database.Database> | undefined };
const HANDLES = Symbol.for('claimtrack.sqliteSharedHandles');
const handles = (processWide[HANDLES] ??= new Map<string, Database.Database>());

/**
 * Which of a process's serialized connections to a file: the app's one (every Prisma client of
 * lib/prisma-client.ts) or an import's own (import-connection.ts), so reads never queue behind
 * an import's transaction.
 */
export type ConnectionRole = 'app' | 'import';

const handleKey = (file: string, role: ConnectionRole) => `${role}\u0000${path.resolve(file)}`;

/** The better-sqlite3 handle under the adapter (its `client`), when the adapter is that one. */
function handleOf(adapter: SqlDriverAdapter): Database.Database | null {
  const client = (adapter as { client?: unknown }).client;
  return client && typeof (client as Database.Database).prepare === 'function'
    ? (client as Database.Database)
    : null;
}

/**
 * The shared connection of `file` as better-sqlite3's own handle, for a Prisma transaction that
 * is open on it: statements run on it synchronously join that transaction (while it is open no
 * other query of the process uses the connection). For bulk writes inside a Prisma transaction,
 * where Prisma's cost per parameter byte decides (the import: lib/db/sqlite/import-writes.ts).
 * Throws unless a transaction is open on it.
 */
export function openTransactionHandle(
  file: string,
  role: ConnectionRole = 'app',
): Database.Database {
  const handle = handles.get(handleKey(file, role));
  if (!handle?.inTransaction) {
    throw new Error(`No transaction is open on the shared SQLite connection of ${file}`);
  }
  return handle;
}

/** The driver's own handle under the serialized connection of `file` and `role`, if open. */
export function connectionHandle(
  file: string,
  role: ConnectionRole = 'app',
): Database.Database | null {
  const handle = handles.get(handleKey(file, role));
  return handle?.open ? handle : null;
}

/**
 * Wraps a driver-adapter factory so that every client built on it shares one serialized
 * connection, opened on first use and closed when the last client disconnects.
 */
export function sharedConnection(
  factory: SqlDriverAdapterFactory,
  role: ConnectionRole = 'app',
): SqlDriverAdapterFactory {
  let connection: Promise<SqlDriverAdapter> | null = null;
  let users = 0;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      connection ??= factory.connect().then(async (inner) => {
        const handle = handleOf(inner);
        if (handle) handles.set(handleKey(handle.name, role), handle);
        return serialized(await withoutBusyHandler(inner));
      });
      const shared = await connection;
      users += 1;
      return {
        ...shared,
        dispose: async () => {
          users -= 1;
          if (users > 0) return;
          connection = null;
          await shared.dispose();
          for (const [key, handle] of handles) if (!handle.open) handles.delete(key);
        },
      };
    },
  };
}

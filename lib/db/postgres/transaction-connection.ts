import type pg from 'pg';
import type { ImportTx } from '../import-store';

/**
 * The pooled connection a Prisma interactive transaction runs on, so that provider code can
 * send statements Prisma cannot (COPY) or should not (multi-megabyte parameters: Prisma's query
 * compiler copies each one through WebAssembly, measured ~2.4 s of the importing process's CPU
 * for an import of 10,000 claims) as part of that very transaction: committed or rolled back
 * with it.
 *
 * Prisma does not say which connection a transaction holds. Every connection the pool opens is
 * recorded here (`trackConnections`, called as the pool is made), and the transaction's is the
 * one whose server process answers the transaction's `pg_backend_pid()`.
 */
const connections = new WeakMap<pg.Pool, Set<pg.PoolClient>>();

/** Records every connection `pool` opens, until it is removed from the pool. */
export function trackConnections(pool: pg.Pool): void {
  const open = new Set<pg.PoolClient>();
  connections.set(pool, open);
  pool.on('connect', (client) => open.add(client as pg.PoolClient));
  pool.on('remove', (client) => open.delete(client as pg.PoolClient));
}

/** Thrown instead of sending a statement once the transaction is over. */
export class TransactionEnded extends Error {
  constructor() {
    super('The transaction ended before this statement could be sent: nothing was sent.');
    this.name = 'TransactionEnded';
  }
}

type Query = pg.PoolClient['query'];

/**
 * The connection of an open transaction, lent by Prisma. Statements sent through `send` run one
 * after the other, in the order sent, and each only while the transaction is still open on this
 * connection: not after Prisma has ended it (a COMMIT, a ROLLBACK, its time limit) or given
 * the connection back to the pool, where a statement would run on its own — committed at once,
 * or inside another request's work. So before each statement every query Prisma sent on the
 * connection meanwhile (its `query` is watched while lent) must have finished, and the server's
 * last word must have been "in a transaction" (ReadyForQuery 'T'): checked in the same turn of
 * the event loop as the statement is handed to the client, so nothing can slip in between.
 */
export class TransactionConnection {
  #tail: Promise<unknown> = Promise.resolve();
  #others: Promise<unknown> = Promise.resolve();
  #ours = false;
  #over = false;
  readonly #query: Query;
  readonly #onRelease: (error: Error | undefined, client: pg.PoolClient) => void;

  constructor(
    pool: pg.Pool,
    private readonly client: pg.PoolClient,
  ) {
    this.#query = client.query;
    const watched = ((...args: Parameters<Query>) => {
      const sent = (this.#query as (...a: unknown[]) => unknown).apply(client, args);
      if (!this.#ours && sent instanceof Promise) {
        // Settled, not kept: the results of Prisma's queries are not held until the release.
        this.#others = Promise.allSettled([this.#others, sent]).then(() => undefined);
      }
      return sent;
    }) as Query;
    client.query = watched;
    this.#onRelease = (_error, released) => {
      if (released !== client) return;
      this.#over = true;
      if (client.query === watched) client.query = this.#query;
      pool.removeListener('release', this.#onRelease);
    };
    pool.on('release', this.#onRelease);
  }

  /**
   * Whether a statement sent now would run inside the transaction: the server's last word was
   * "in a transaction" ('T'), or "in a failed one" ('E', where the statement fails as it should).
   */
  get open(): boolean {
    const status = this.client.getTransactionStatus();
    return !this.#over && (status === 'T' || status === 'E');
  }

  /**
   * Runs `statement` — which hands the client exactly one query, at once — on the connection
   * after the statements sent before it, while the transaction is open; else rejects with
   * TransactionEnded, sending nothing.
   */
  send<T>(statement: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const run = this.#tail.then(async () => {
      for (let seen = this.#others; ; seen = this.#others) {
        await seen;
        if (seen === this.#others) break;
      }
      if (!this.open) throw new TransactionEnded();
      this.#ours = true;
      try {
        return statement(this.client);
      } finally {
        this.#ours = false;
      }
    });
    this.#tail = run.catch(() => undefined);
    return run;
  }

  /** Waits for every statement sent so far (whatever their outcome). */
  settled(): Promise<unknown> {
    return this.#tail;
  }
}

/** The connection of `pool` that the transaction `tx` runs on. */
export async function transactionConnection(
  pool: pg.Pool,
  tx: ImportTx,
): Promise<TransactionConnection> {
  // Released while the pid was asked (the transaction's time limit, say), the connection may
  // already carry another request's transaction: watched from before the question, so found
  // then it is refused, and once found it is watched by the TransactionConnection in the same
  // turn of the event loop.
  const released = new Set<pg.PoolClient>();
  const onRelease = (_error: Error | undefined, client: pg.PoolClient) => released.add(client);
  pool.on('release', onRelease);
  try {
    const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    for (const client of connections.get(pool) ?? []) {
      // processID: the server process's id, which the server sends as the connection opens.
      if ((client as unknown as { processID: number | null }).processID === row?.pid) {
        if (released.has(client)) throw new TransactionEnded();
        return new TransactionConnection(pool, client);
      }
    }
  } finally {
    pool.removeListener('release', onRelease);
  }
  throw new Error('The transaction’s connection is not one of this process’s pool');
}

import Database from 'better-sqlite3';
import { sqliteFilePath } from '../../database-url';
import { sqliteInstant } from './instant';
import { beginImmediateNow, retryUntilWriteLock, WRITE_LOCK_TIMEOUT_MS } from './write-lock';

/** A statement with `?` placeholders and its values, as `Prisma.sql` builds them. */
export interface SqlQuery {
  readonly sql: string;
  readonly values: readonly unknown[];
}

/** A value as the app's SQLite columns hold it (see sqliteInstant for dates). */
export function toSqliteValue(value: unknown): unknown {
  if (value instanceof Date) return sqliteInstant(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/**
 * The process's second SQLite connection (each export worker thread opens its own), for the hot
 * paths where Prisma's own cost per query (~0.6 ms of query planning and result mapping, against
 * ~0.05 ms for a prepared statement) decides throughput: loading and saving a verdict, export
 * pages.
 *
 * - Reads are synchronous prepared statements. In WAL mode each one sees the last committed
 *   state and never waits for a writer, so they need none of shared-connection.ts's
 *   serialising: they cannot see the Prisma connection's uncommitted writes.
 * - `write(work)` takes SQLite's write lock with BEGIN IMMEDIATE, retried on timers while
 *   another connection holds it (never in the busy handler, which would freeze the event loop),
 *   then runs `work` synchronously through COMMIT. Nothing else in this process can run in
 *   between, and the lock is held for the few statements only — with Prisma's interactive
 *   transactions it was held across an event-loop hop per query.
 */
export class DirectConnection {
  readonly #file: string;
  #connection: Database.Database | null = null;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    this.#file = file;
  }

  #open(): Database.Database {
    if (!this.#connection) {
      const connection = new Database(this.#file, { fileMustExist: true });
      connection.pragma(`busy_timeout = ${WRITE_LOCK_TIMEOUT_MS}`);
      connection.pragma('foreign_keys = ON');
      this.#connection = connection;
    }
    return this.#connection;
  }

  /** A prepared statement, compiled once per process. */
  statement(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#open().prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  all<Row>(query: SqlQuery): Row[] {
    return this.statement(query.sql).all(...query.values.map(toSqliteValue)) as Row[];
  }

  get<Row>(query: SqlQuery): Row | undefined {
    return this.statement(query.sql).get(...query.values.map(toSqliteValue)) as Row | undefined;
  }

  /**
   * Rows as arrays of column values, in the statement's column order: no object with a
   * property per column is made per row (measured a quarter cheaper per row on large reads).
   */
  allRows<Row extends readonly unknown[]>(query: SqlQuery): Row[] {
    const statement = this.statement(query.sql);
    // `raw` is a mode of the cached statement: set for this read only, so all() on the same
    // text still gets objects.
    statement.raw(true);
    try {
      return statement.all(...query.values.map(toSqliteValue)) as Row[];
    } finally {
      statement.raw(false);
    }
  }

  /**
   * Runs `work`'s reads in one read transaction, so they all see the same committed state (in
   * WAL mode each statement alone sees the latest commit, which may differ from one statement
   * to the next). Synchronous, like write(): nothing else of this process runs in between, and
   * a reader never waits for a writer.
   */
  read<T>(work: () => T): T {
    const connection = this.#open();
    if (connection.inTransaction) return work();
    connection.exec('BEGIN');
    try {
      const value = work();
      if (value instanceof Promise) {
        throw new TypeError('DirectConnection.read: the work must be synchronous');
      }
      return value;
    } finally {
      connection.exec('COMMIT');
    }
  }

  run(query: SqlQuery): Database.RunResult {
    return this.statement(query.sql).run(...query.values.map(toSqliteValue));
  }

  /**
   * Runs `work` in one write transaction: committed when it returns, rolled back when it
   * throws. `work` must be synchronous — an await inside would let other code run while the
   * lock is held and is refused.
   */
  async write<T>(work: () => T): Promise<T> {
    // BEGIN, the work and COMMIT run in one synchronous stretch: with an await between BEGIN
    // and the work, a second write() of this process would find the transaction open. Only
    // BEGIN's SQLITE_BUSY is retried; what the work throws is passed on after the rollback.
    const outcome = await retryUntilWriteLock(() => {
      beginImmediateNow(this.#open(), WRITE_LOCK_TIMEOUT_MS);
      return this.#commitOrRollBack(work);
    });
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  #commitOrRollBack<T>(work: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
    const connection = this.#open();
    try {
      const value = work();
      if (value instanceof Promise) {
        value.catch(() => {}); // its outcome no longer matters: the transaction is rolled back
        throw new TypeError('DirectConnection.write: the work must be synchronous');
      }
      connection.exec('COMMIT');
      return { ok: true, value };
    } catch (error) {
      if (connection.inTransaction) connection.exec('ROLLBACK');
      return { ok: false, error };
    }
  }

  close(): void {
    this.#statements.clear();
    this.#connection?.close();
    this.#connection = null;
  }
}

const connections = new Map<string, DirectConnection>();

/** This thread's one direct connection to the database at `url` (opened on first use). */
export function directConnection(url: string): DirectConnection {
  const file = sqliteFilePath(url);
  let connection = connections.get(file);
  if (!connection) {
    connection = new DirectConnection(file);
    connections.set(file, connection);
  }
  return connection;
}

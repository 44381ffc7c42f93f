import { isMainThread } from 'node:worker_threads';
import pg from 'pg';
import { DatabaseProblem } from '../../database-problem';
import { trackConnections } from './transaction-connection';

/**
 * Connections to PostgreSQL: the process's one pool per database (shared by Prisma's adapter and
 * the provider's own SQL, so the budget below is the whole process's), creating the database
 * when it is missing, and the sentences for errors a person can act on.
 */

/**
 * Connections per process. PostgreSQL allows 100 by default, and `npm start` runs one process
 * per core (WEB_CONCURRENCY), each export worker thread its own small pool: several app servers
 * must fit in that budget.
 */
export const DEFAULT_POOL_SIZE = 10;

/**
 * Connections of a worker thread's own pool (each export thread has one, module state being
 * per thread): a page part needs one at a time, a second lets its store overlap the next read.
 */
export const WORKER_POOL_SIZE = 2;

/** How long a request waits for a lock or a connection before it is answered busy. */
const BUSY_WAIT_MS = 5000;

const pools = new Map<string, pg.Pool>();

/**
 * This process's pool for `url`, opened on first use. Called for every statement the store
 * runs: the size (an environment read) is worked out only when the pool is made.
 */
export function postgresPool(url: string, max?: number): pg.Pool {
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({
      connectionString: url,
      max: max ?? poolSize(),
      idleTimeoutMillis: 30_000,
      // A request waits at most this long for a row another transaction holds, or for a free
      // connection, as SQLite's writers wait 5 s for its lock: then it is answered "busy, try
      // again" (lib/http/busy-response.ts) instead of hanging behind a long import.
      lock_timeout: BUSY_WAIT_MS,
      connectionTimeoutMillis: 2 * BUSY_WAIT_MS,
    });
    // An idle connection the server dropped (a restart, a failover) must not crash the process:
    // the pool replaces it on the next checkout.
    pool.on('error', () => {});
    trackConnections(pool);
    pools.set(url, pool);
  }
  return pool;
}

function poolSize(): number {
  if (!isMainThread) return WORKER_POOL_SIZE;
  const raw = Number(process.env.DATABASE_POOL_SIZE);
  return Number.isInteger(raw) && raw > 0 ? raw : DEFAULT_POOL_SIZE;
}

/** Closes every pool of this process (scripts and tests, before they exit). */
export async function closePostgresPools(): Promise<void> {
  const open = [...pools.values()];
  pools.clear();
  await Promise.all(open.map((pool) => pool.end().catch(() => {})));
}

/** The database named by `url`, created on the same server when it does not exist yet. */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') {
      throw describePostgresError(error, 'nothing was done') ?? error;
    }
  } finally {
    await probe.end().catch(() => {});
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } catch (error) {
    // Another server created it first (42P04), or is creating it this moment (23505).
    const code = (error as { code?: string }).code;
    if (code !== '42P04' && code !== '23505') {
      throw describePostgresError(error, `database ${name} was not created`) ?? error;
    }
  } finally {
    await client.end().catch(() => {});
  }
}

/** A one-sentence DatabaseProblem for errors about reaching the server, or null for others. */
export function describePostgresError(error: unknown, consequence: string): DatabaseProblem | null {
  if (error instanceof DatabaseProblem) return error;
  const { code, message } = error as { code?: string; message?: string };
  const reason =
    code === 'ECONNREFUSED'
      ? 'nothing answers at the address DATABASE_URL gives (is PostgreSQL running?)'
      : code === 'ENOTFOUND'
        ? 'the host in DATABASE_URL is unknown'
        : code === '28P01' || code === '28000'
          ? `PostgreSQL refused the user in DATABASE_URL (${message})`
          : code === '3D000'
            ? `the database in DATABASE_URL does not exist (${message})`
            : code === '42501'
              ? `the user in DATABASE_URL lacks a privilege (${message})`
              : code === '53300'
                ? 'PostgreSQL has no connection left (max_connections); use fewer servers or a smaller DATABASE_POOL_SIZE'
                : null;
  return reason
    ? new DatabaseProblem(`Cannot use the database: ${reason}, so ${consequence}.`)
    : null;
}

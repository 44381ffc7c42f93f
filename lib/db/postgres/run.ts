import 'server-only';
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { env } from '@/lib/env';
import { Prisma } from '@/lib/generated/prisma/client';
import { runSteps, type Row, type SqlSteps } from '../sql-steps';
import { postgresPool } from './connect';

/**
 * Statement names by text: each connection prepares a statement once, then only binds it. The
 * name is the text's hash, so two copies of this module (Next.js bundles) name alike.
 */
const names = new Map<string, string>();

function prepared(query: Prisma.Sql): pg.QueryConfig {
  // `text` is built from the query's pieces on every read: once here.
  const { text } = query;
  let name = names.get(text);
  if (!name) {
    name = `claimtrack_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return { name, text, values: query.values as unknown[] };
}

/** The process's pool (shared with Prisma's adapter: lib/db/postgres/connect.ts). */
export function pool(): pg.Pool {
  return postgresPool(env.DATABASE_URL);
}

/**
 * A batch of reads as one statement: each query's rows aggregated to JSON text in its own
 * column, in the query's order (json_agg reads its subquery's rows in the order they come).
 * One round trip and one snapshot instead of one of each per query; values come back as JSON
 * does (instants as ISO text, which the dialect's `date` reads like a Date).
 */
export function batchStatement(queries: readonly Prisma.Sql[]): Prisma.Sql {
  const columns = queries.map(
    (query, i) =>
      Prisma.sql`(SELECT coalesce(json_agg(q), '[]'::json)::text FROM (${query}) q) AS ${Prisma.raw(`"r${i}"`)}`,
  );
  return Prisma.sql`SELECT ${Prisma.join(columns, ', ')}`;
}

/** Runs `steps` on `on` (the pool, one statement per checkout, or a held connection). */
export function runPostgres<T>(steps: SqlSteps<T>, on: pg.Pool | pg.PoolClient = pool()) {
  const run = async (query: Prisma.Sql) => (await on.query<Row>(prepared(query))).rows;
  return runSteps(steps, run, async (queries) => {
    const [row] = await run(batchStatement(queries));
    return queries.map((_, i) => JSON.parse(row![`r${i}`] as string) as Row[]);
  });
}

/** One statement on the pool: outside BEGIN … COMMIT it is its own transaction. */
export async function queryPostgres(query: Prisma.Sql): Promise<Row[]> {
  return (await pool().query<Row>(prepared(query))).rows;
}

/** Errors after which the whole transaction may simply run again. */
const RETRIED = new Set(['40P01', '40001']);
const ATTEMPTS = 5;

/**
 * Runs `transaction` (all or nothing) again after a deadlock or serialization failure, while
 * `canRetry()` says its connection is still fit for it.
 */
export async function retryingConflicts<T>(
  transaction: () => Promise<T>,
  canRetry: () => boolean = () => true,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= ATTEMPTS || !canRetry() || !code || !RETRIED.has(code)) throw error;
    }
  }
}

/**
 * Runs `steps` in one transaction on one pooled connection: READ COMMITTED, with the row locks
 * the steps take (never Prisma's interactive transactions at Serializable: with Prisma 6.19 and
 * adapter-pg each one that failed at COMMIT leaked its pooled connection). A deadlock or serialization
 * failure runs it again; anything else rolls back and is thrown.
 */
export async function inTransaction<T>(
  steps: () => SqlSteps<T>,
  { readOnly = false }: { readOnly?: boolean } = {},
): Promise<T> {
  const client = await pool().connect();
  let broken: Error | undefined;
  try {
    return await retryingConflicts(
      async () => {
        try {
          await client.query(
            readOnly ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN',
          );
          const value = await runPostgres(steps(), client);
          await client.query('COMMIT');
          return value;
        } catch (error) {
          await client.query('ROLLBACK').catch((rollbackError: Error) => {
            broken = rollbackError;
          });
          throw error;
        }
      },
      () => !broken,
    );
  } finally {
    // A connection whose ROLLBACK failed is in an unknown state: the pool drops it.
    client.release(broken);
  }
}

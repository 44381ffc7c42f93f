import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Database work written once for both providers as a generator that yields each statement and
 * receives its rows: SQLite runs it synchronously (inside its write lock, without yielding to
 * the event loop), PostgreSQL awaits each statement on one pooled connection. `Prisma.sql`
 * renders the placeholders each wants (`.sql` with `?`, `.text` with `$n`). Statements that
 * write end with RETURNING, so rows tell both providers how many matched.
 */
export type SqlSteps<T> = Generator<Prisma.Sql, T, Row[]>;

export type Row = Record<string, unknown>;

/** What the shared statements need to know of the provider they run on. */
export interface SqlDialect {
  /** A column holding an instant, as the driver returns it, as a Date (null stays null). */
  date(value: unknown): Date | null;
  /** The condition "the JSON text in `column` has `key` equal to `value`". */
  jsonFieldEquals(column: Prisma.Sql, key: string, value: string | number): Prisma.Sql;
  /** The aggregate of `value` over a query's rows as a JSON array in text ('[]' for none). */
  jsonArrayOf(value: Prisma.Sql): Prisma.Sql;
}

export function runStepsSync<T>(steps: SqlSteps<T>, run: (query: Prisma.Sql) => Row[]): T {
  let next = steps.next();
  while (!next.done) next = steps.next(run(next.value));
  return next.value;
}

export async function runSteps<T>(
  steps: SqlSteps<T>,
  run: (query: Prisma.Sql) => Promise<Row[]>,
): Promise<T> {
  let next = steps.next();
  while (!next.done) next = steps.next(await run(next.value));
  return next.value;
}

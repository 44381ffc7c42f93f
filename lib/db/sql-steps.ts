import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Database work written once for both providers as a generator that yields each statement and
 * receives its rows: SQLite runs it synchronously (inside its write lock, without yielding to
 * the event loop), PostgreSQL awaits each statement on one pooled connection. `Prisma.sql`
 * renders the placeholders each wants (`.sql` with `?`, `.text` with `$n`). Statements that
 * write end with RETURNING, so rows tell both providers how many matched.
 */
export type SqlSteps<T> = Generator<Prisma.Sql | SqlBatch, T, Row[]>;

export type Row = Record<string, unknown>;

/**
 * Reads that do not depend on each other's rows (`batch`): SQLite runs them one after the
 * other, PostgreSQL as ONE statement (lib/db/postgres/run.ts), so they cost one round trip and
 * read one snapshot.
 */
export class SqlBatch {
  constructor(readonly queries: readonly Prisma.Sql[]) {}
}

/** The rows of each of `queries`, in their order. */
export function* batch(queries: readonly Prisma.Sql[]): SqlSteps<Row[][]> {
  // The runners below answer a batch with one row list per query.
  return (yield new SqlBatch(queries)) as unknown as Row[][];
}

/** What the shared statements need to know of the provider they run on. */
export interface SqlDialect {
  /** A column holding an instant, as the driver returns it, as a Date (null stays null). */
  date(value: unknown): Date | null;
  /** The condition "the JSON text in `column` has `key` equal to `value`". */
  jsonFieldEquals(column: Prisma.Sql, key: string, value: string | number): Prisma.Sql;
  /**
   * Where the provider has an index for it, `AND` a condition on an AuditEvent's `before`
   * version that probes it (the query still checks the JSON field itself); else nothing.
   */
  beforeVersionProbe(version: number): Prisma.Sql;
  /** The aggregate of `value` over a query's rows as a JSON array in text ('[]' for none). */
  jsonArrayOf(value: Prisma.Sql): Prisma.Sql;
}

export function runStepsSync<T>(steps: SqlSteps<T>, run: (query: Prisma.Sql) => Row[]): T {
  let next = steps.next();
  while (!next.done) {
    const step = next.value;
    next = steps.next(
      step instanceof SqlBatch ? (step.queries.map(run) as unknown as Row[]) : run(step),
    );
  }
  return next.value;
}

/** Runs `steps`, a batch with `runBatch` (by default its queries one after the other). */
export async function runSteps<T>(
  steps: SqlSteps<T>,
  run: (query: Prisma.Sql) => Promise<Row[]>,
  runBatch: (queries: readonly Prisma.Sql[]) => Promise<Row[][]> = async (queries) => {
    const rows: Row[][] = [];
    for (const query of queries) rows.push(await run(query));
    return rows;
  },
): Promise<T> {
  let next = steps.next();
  while (!next.done) {
    const step = next.value;
    next = steps.next(
      step instanceof SqlBatch
        ? ((await runBatch(step.queries)) as unknown as Row[])
        : await run(step),
    );
  }
  return next.value;
}

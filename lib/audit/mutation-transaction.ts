import 'server-only';
import { db } from '@/lib/db';
import { isTransientWriteError } from '@/lib/db/transient-error';

/** The client handed to a mutation's transaction (typed from the app's own client). */
export type Tx = Parameters<Parameters<(typeof db)['$transaction']>[0]>[0];

/**
 * Thrown inside a transaction to roll back what it wrote and return `result` instead, e.g. a
 * conflict detected after an inline claimant was already created.
 */
class Rollback extends Error {
  constructor(readonly result: unknown) {
    super('rolled back');
  }
}

export function rollback(result: unknown): never {
  throw new Rollback(result);
}

const ATTEMPTS = 3;

/**
 * Runs one mutation in ONE interactive transaction (its writes and its audit event commit or
 * roll back together), at the provider's default isolation (PostgreSQL: READ COMMITTED, the
 * edited row locked by its read: lib/db/editing-store.ts lockForEdit). A transaction that lost
 * to another writer — SQLITE_BUSY between server processes, a PostgreSQL deadlock — is retried
 * from the start, so the retry re-reads and its version guard reports the conflict properly
 * instead of a 500.
 */
export async function runMutation<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { maxWait: 10_000, timeout: 20_000 });
    } catch (error) {
      if (error instanceof Rollback) return error.result as R;
      if (attempt < ATTEMPTS && isTransientWriteError(error)) {
        // Let the other writer finish first.
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
        continue;
      }
      throw error;
    }
  }
}

/**
 * The next `updatedAt` of a row guarded by its `updatedAt` (sources, citations: no version
 * column): now, but always later than the loaded value, so a second save carrying the old
 * value can never match, even within one millisecond.
 */
export function nextUpdatedAt(previous: Date): Date {
  return new Date(Math.max(Date.now(), previous.getTime() + 1));
}

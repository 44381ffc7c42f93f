import type { Tx } from '@/lib/audit/mutation-transaction';
import type { AuditTarget, EditTrail, LoadedGuard } from '@/lib/audit/edit-trail';
import type { ClaimFormRead, ClaimStateRead } from './claim-edit-sql';

export type { ClaimFormRead, ClaimStateRead } from './claim-edit-sql';

/** The tables whose rows the editors' forms save, guarded by version or updatedAt. */
export type EditedTable = 'Claim' | 'Source' | 'Citation';

/**
 * The reads behind the editors' forms and their conflict answers, on committed state (a caller
 * inside a Prisma transaction passes `tx` where the read must share its connection).
 */
export interface EditingStore {
  /** A claim's edit state and creation date; null when it does not exist. */
  claimState(id: number): Promise<ClaimStateRead | null>;
  /** The claim's edit form: state, live citations, the latest `historyShown` revisions (null: all). */
  claimForm(id: number, historyShown: number | null): Promise<ClaimFormRead | null>;
  /** The claim's state and its trail since `loadedVersion`, read from one snapshot. */
  claimStateWithTrail(
    id: number,
    loadedVersion: number,
  ): Promise<{ claim: ClaimStateRead; trail: EditTrail } | null>;
  /**
   * Inside a mutation's transaction, before it reads the row it guards: holds the row until
   * COMMIT, so a concurrent save of the same row waits and then reads what this one wrote (and
   * merges onto it) instead of failing its guard. PostgreSQL locks the row; SQLite's transactions
   * already hold the database's one write lock (BEGIN IMMEDIATE).
   */
  lockForEdit(tx: Tx, table: EditedTable, id: number): Promise<void>;
  /** What happened to a record since a form loaded it (lib/audit/edit-trail.ts). */
  editTrail(target: AuditTarget, guard: LoadedGuard, tx?: Tx): Promise<EditTrail>;
}

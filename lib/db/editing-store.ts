import type { Tx } from '@/lib/audit/mutation-transaction';
import type { AuditTarget, EditTrail, LoadedGuard } from '@/lib/audit/edit-trail';
import type { ClaimFormRead, ClaimStateRead } from './claim-edit-sql';

export type { ClaimFormRead, ClaimStateRead } from './claim-edit-sql';

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
  /** What happened to a record since a form loaded it (lib/audit/edit-trail.ts). */
  editTrail(target: AuditTarget, guard: LoadedGuard, tx?: Tx): Promise<EditTrail>;
}

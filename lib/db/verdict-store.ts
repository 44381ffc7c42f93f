import type { EditTrail } from '@/lib/audit/edit-trail';
import type { AuditEventInput } from '@/lib/audit/record-audit-event';
import type { EvidenceCitation } from '@/lib/claims/evidence-rules';
import type { ClaimEditState } from '@/lib/claims/types';
import type { ClaimReviewRead, ClaimStateRead } from './claim-edit-sql';

/** The write a verdict save decided on: the claim's state after it, and its revision. */
export interface VerdictWrite {
  /** The claim after the save (verdict, confidence, rationale, version, updatedAt written). */
  after: ClaimEditState;
  verdictRank: number;
  actorId: string;
  overrideReason: string | null;
  /** The audit event, once the revision's id is known. */
  audit(revisionId: number | null): AuditEventInput;
}

/** What the use case's decision answers: nothing to write (a refusal, no change), or a write. */
export type VerdictDecision<R> = { answer: R } | { write: VerdictWrite };

/**
 * The use case's decision, on the claim as the save read it, its live evidence and what decides
 * review (the claim's open revision, the desk's setting), all from the read the write's guard
 * then requires.
 */
export type VerdictDecide<R> = (
  before: ClaimEditState | null,
  evidence: EvidenceCitation[],
  review: ClaimReviewRead,
) => VerdictDecision<R>;

/** A claim as it is now and what happened to it since a form loaded it, from one snapshot. */
export interface ClaimStateWithTrail {
  claim: ClaimStateRead;
  trail: EditTrail;
}

export type GuardedVerdictSave<R> =
  /**
   * With `moved` when the store could read, in the same statement as the decision's read, the
   * claim's trail since `loadedVersion` because the claim was no longer at it: the conflict
   * answer or merge then needs no further read.
   */
  | { answer: R; moved?: ClaimStateWithTrail }
  | { saved: { revisionId: number; write: VerdictWrite } }
  /** The claim was no longer at the version `decide` saw when the guarded UPDATE ran. */
  | { stale: true };

/**
 * The guarded verdict save (lib/claims/change-verdict.ts holds its rules): read the claim (and,
 * with `withEvidence`, its live evidence), call `decide` — synchronous and pure, so no rule
 * lives here — then, if it writes, in ONE transaction the UPDATE guarded by the version read,
 * the VerdictRevision and the audit event: all three or none, and only while the claim is still
 * at that version (else `stale`). Nothing is written when `decide` answers or throws. SQLite
 * reads under its write lock; PostgreSQL reads without a lock and writes in one statement.
 * `loadedVersion` (the version the editor's form was loaded at) lets a store that pays a round
 * trip per statement read the trail with the claim, for `moved`; SQLite reads it when asked.
 */
export interface VerdictStore {
  saveGuarded<R>(
    claimId: number,
    withEvidence: boolean,
    decide: VerdictDecide<R>,
    loadedVersion?: number,
  ): Promise<GuardedVerdictSave<R>>;
}

import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { failure, type MutationFailure } from '@/lib/validation/mutation-result';

/** The claim's open revision as a review decision reads it, in the decision's transaction. */
export interface OpenRevisionRow {
  id: number;
  reviewState: string;
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
  overrideReason: string | null;
  createdById: string | null;
}

export const NOT_OPEN_FOR_REVIEW =
  'This verdict is no longer waiting for review: it was approved, replaced by a newer one or withdrawn. Reload the claim to see where it stands.';

export const NOTHING_TO_REVIEW =
  'There is no proposed verdict to review: save a verdict other than Unverified first.';

/**
 * The claim's open revision (Claim.pendingRevisionId, the claim's row already locked by the
 * caller), or why there is none: `revisionId`, when given, must be that one — the reviewer
 * decides on the proposal they saw, never on a newer one saved meanwhile.
 */
export async function readOpenReview(
  tx: Tx,
  claimId: number,
  revisionId?: number,
): Promise<{ ok: true; revision: OpenRevisionRow } | MutationFailure<never>> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { pendingRevisionId: true },
  });
  const openId = claim?.pendingRevisionId ?? null;
  if (openId === null) {
    return failure(revisionId === undefined ? NOTHING_TO_REVIEW : NOT_OPEN_FOR_REVIEW);
  }
  if (revisionId !== undefined && openId !== revisionId) return failure(NOT_OPEN_FOR_REVIEW);
  const row = await tx.verdictRevision.findUnique({
    where: { id: openId },
    select: {
      id: true,
      claimId: true,
      reviewState: true,
      verdict: true,
      confidence: true,
      rationale: true,
      overrideReason: true,
      createdById: true,
    },
  });
  if (!row || row.claimId !== claimId) return failure(NOT_OPEN_FOR_REVIEW);
  return {
    ok: true,
    revision: {
      id: row.id,
      reviewState: row.reviewState,
      verdict: row.verdict as Verdict,
      confidence: row.confidence as Confidence,
      rationale: row.rationale,
      overrideReason: row.overrideReason,
      createdById: row.createdById,
    },
  };
}

/** A review form loaded before someone else changed the claim: decide on what it is now. */
export function staleReviewFailure(loaded: number, current: number): MutationFailure<never> {
  return failure(
    `Someone else changed this claim after you opened it (you loaded version ${loaded}; it is now at version ${current}). Nothing was decided: reload the claim and review the current proposal.`,
  );
}

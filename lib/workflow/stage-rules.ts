import { statusForStage, STAGE_LABELS, type Stage } from '@/lib/domain/stages';
import type { ClaimStatus } from '@/lib/domain/claims';

export const ARCHIVE_REASON_MAX = 500;

export interface StageChangeInput {
  from: Stage;
  to: Stage;
  /** Why the desk decided not to check the claim; required to archive. */
  reason: string;
  /** The claim's reviewer: asking for review (In review) needs one. */
  reviewerId: string | null;
}

export type StagePlan =
  | { ok: true; stage: Stage; status: ClaimStatus; archiveReason: string | null }
  | { ok: false; field: 'stage' | 'reason'; message: string };

/**
 * The one rule for moving a claim between stages, used by the claim's page, the board, bulk
 * actions and the publish buttons. Any stage may follow any other (desks skip and go back), but
 * archiving needs a written reason, review needs a reviewer, and the stage decides what readers see: only Published is
 * public, so moving a card out of Published takes the claim off the public site.
 */
export function planStageChange({ from, to, reason, reviewerId }: StageChangeInput): StagePlan {
  const trimmed = reason.trim();
  if (to === 'in_review' && !reviewerId) {
    return {
      ok: false,
      field: 'stage',
      message: 'Choose a reviewer first: In review asks another editor to check the claim.',
    };
  }
  if (to === 'archived') {
    if (!trimmed) {
      return {
        ok: false,
        field: 'reason',
        message: 'Say why the desk is not checking this claim: a reason is needed to archive it.',
      };
    }
    if (trimmed.length > ARCHIVE_REASON_MAX) {
      return {
        ok: false,
        field: 'reason',
        message: `The reason can be at most ${ARCHIVE_REASON_MAX} characters.`,
      };
    }
  }
  if (from === to && to !== 'archived') {
    return { ok: false, field: 'stage', message: `The claim is already ${STAGE_LABELS[to]}.` };
  }
  return {
    ok: true,
    stage: to,
    status: statusForStage(to),
    archiveReason: to === 'archived' ? trimmed : null,
  };
}

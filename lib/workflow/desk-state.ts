import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { CLAIM_STATE_SELECT, toClaimState } from '@/lib/claims/claim-state';
import type { ClaimEditState } from '@/lib/claims/types';
import { store } from '@/lib/db/store';
import type { Stage } from '@/lib/domain/stages';

/**
 * A claim's place on the desk: what the workflow's mutations read, guard and write to the audit
 * log as their before/after snapshots. It holds the claim's edit state too (lib/claims/
 * claim-state.ts): a form opened before a desk change finds the state it loaded in this event's
 * `before` (lib/audit/edit-trail.ts), and a snapshot without the content fields made every field
 * the editor then saved a conflict, as if someone else had changed it.
 */
export interface DeskState extends ClaimEditState {
  stage: Stage;
  stageChangedAt: Date | null;
  archiveReason: string | null;
  assigneeId: string | null;
  reviewerId: string | null;
}

export const DESK_STATE_SELECT = {
  ...CLAIM_STATE_SELECT,
  stage: true,
  stageChangedAt: true,
  archiveReason: true,
  assigneeId: true,
  reviewerId: true,
} as const;

/** The claim's desk state in a mutation's transaction, its row held until COMMIT. */
export async function readDeskState(tx: Tx, id: number): Promise<DeskState | null> {
  await store.editing.lockForEdit(tx, 'Claim', id);
  const row = await tx.claim.findUnique({ where: { id }, select: DESK_STATE_SELECT });
  if (!row) return null;
  const { stage, stageChangedAt, archiveReason, assigneeId, reviewerId, ...claim } = row;
  return {
    ...toClaimState(claim),
    stage: stage as Stage,
    stageChangedAt,
    archiveReason,
    assigneeId,
    reviewerId,
  };
}

import 'server-only';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { store } from '@/lib/db/store';
import type { ClaimStatus } from '@/lib/domain/claims';
import type { Stage } from '@/lib/domain/stages';

/**
 * A claim's place on the desk: what the workflow's mutations read, guard and write to the audit
 * log as their before/after snapshots (the editing form's fields live in lib/claims/claim-state.ts).
 */
export interface DeskState {
  id: number;
  stage: Stage;
  stageChangedAt: Date | null;
  archiveReason: string | null;
  assigneeId: string | null;
  reviewerId: string | null;
  status: ClaimStatus;
  publishedAt: Date | null;
  deletedAt: Date | null;
  version: number;
}

export const DESK_STATE_SELECT = {
  id: true,
  stage: true,
  stageChangedAt: true,
  archiveReason: true,
  assigneeId: true,
  reviewerId: true,
  status: true,
  publishedAt: true,
  deletedAt: true,
  version: true,
} as const;

/** The claim's desk state in a mutation's transaction, its row held until COMMIT. */
export async function readDeskState(tx: Tx, id: number): Promise<DeskState | null> {
  await store.editing.lockForEdit(tx, 'Claim', id);
  const row = await tx.claim.findUnique({ where: { id }, select: DESK_STATE_SELECT });
  return row as DeskState | null;
}

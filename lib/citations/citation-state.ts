import 'server-only';
import { changedSinceLoaded } from '@/lib/audit/changed-fields';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { Stance } from '@/lib/domain/evidence';
import { failure, type MutationFailure } from '@/lib/validation/mutation-result';

/** A citation as an editor edits it; also its audit snapshot and a conflict's `current`. */
export interface CitationEditState {
  id: number;
  claimId: number;
  sourceId: number;
  stance: Stance;
  quote: string;
  locator: string;
  deletedAt: Date | null;
  updatedAt: Date;
}

export interface CitationSaved {
  id: number;
  claimId: number;
  updatedAt: Date;
  changed: boolean;
}

/** The columns of a citation's edit state (and of its audit snapshots). */
export const CITATION_STATE_SELECT = {
  id: true,
  claimId: true,
  sourceId: true,
  stance: true,
  quote: true,
  locator: true,
  deletedAt: true,
  updatedAt: true,
} as const;

const COMPARED_FIELDS = ['stance', 'quote', 'locator', 'deletedAt'] as const;

export async function readCitationState(tx: Tx, id: number): Promise<CitationEditState | null> {
  const row = await tx.citation.findUnique({
    where: { id },
    select: CITATION_STATE_SELECT,
  });
  return row && { ...row, stance: row.stance as Stance };
}

/**
 * Citations are evidence on a claim, so a deleted claim's citations are frozen with it; the
 * answer when the claim is gone or deleted, or null when it may be changed.
 */
export async function claimClosedToCitations(
  tx: Tx,
  claimId: number,
): Promise<MutationFailure<never> | null> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { deletedAt: true },
  });
  if (!claim)
    return failure('This claim does not exist.', { claimId: ['This claim does not exist.'] });
  if (claim.deletedAt) {
    const message = 'This claim has been deleted; its evidence cannot be changed.';
    return failure(message, { claimId: [message] });
  }
  return null;
}

/**
 * A citation change shows on the claim as "last updated" (lists sort by it), but does not bump
 * the claim's `version`: an editor with the claim's form open would otherwise get a conflict
 * for a change the form does not hold.
 */
export async function touchClaim(tx: Tx, claimId: number, actorId: string): Promise<void> {
  await tx.claim.update({
    where: { id: claimId },
    data: { updatedAt: new Date(), updatedById: actorId },
    select: { id: true },
  });
}

export async function citationConflict(
  tx: Tx,
  id: number,
  loadedUpdatedAt: Date,
  submitted: Partial<Record<keyof CitationEditState, unknown>>,
): Promise<MutationFailure<CitationEditState>> {
  const current = await readCitationState(tx, id);
  if (!current) return failure('This citation does not exist.');
  const changed = await changedSinceLoaded(
    tx,
    { entityType: 'citation', entityId: id },
    (before) => before.updatedAt === loadedUpdatedAt.toISOString(),
    { ...current },
    submitted,
    COMPARED_FIELDS,
  );
  return {
    ok: false,
    message:
      'Someone else changed this citation after you opened it. Nothing was saved: review the current values and apply your changes again.',
    conflict: { current, changedFields: changed },
  };
}

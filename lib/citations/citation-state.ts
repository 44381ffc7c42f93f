import 'server-only';
import { changedSince } from '@/lib/audit/changed-fields';
import { readEditTrail, type EditTrail } from '@/lib/audit/edit-trail';
import { mergeStaleSave } from '@/lib/audit/merge-stale-save';
import { store } from '@/lib/db/store';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { Stance } from '@/lib/domain/evidence';
import {
  failure,
  type FieldConflict,
  type MutationFailure,
} from '@/lib/validation/mutation-result';

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
  /** Present when the save was merged onto a newer version: what someone else changed. */
  mergedWith?: string[];
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

/** A citation's edit state in a mutation's transaction, its row held until COMMIT (lockForEdit). */
export async function readCitationState(tx: Tx, id: number): Promise<CitationEditState | null> {
  await store.editing.lockForEdit(tx, 'Citation', id);
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

function citationTrail(id: number, loadedUpdatedAt: Date, tx?: Tx): Promise<EditTrail> {
  return readEditTrail(
    { entityType: 'citation', entityId: id },
    { key: 'updatedAt', value: loadedUpdatedAt },
    tx,
  );
}

/**
 * An edit from a form loaded before someone else's save, merged onto the citation as it is now
 * (lib/audit/merge-stale-save.ts): the fields to write, or the conflict when both changed a
 * field differently.
 */
export async function mergeCitationEdit(
  tx: Tx,
  current: CitationEditState,
  loadedUpdatedAt: Date,
  mine: Partial<Record<keyof CitationEditState, unknown>>,
): Promise<
  { ok: true; apply: string[]; mergedWith: string[] } | MutationFailure<CitationEditState>
> {
  const merge = mergeStaleSave({
    trail: await citationTrail(current.id, loadedUpdatedAt, tx),
    fields: Object.keys(mine),
    mine,
    current: { ...current },
    compared: COMPARED_FIELDS,
  });
  if (merge.conflicts.length > 0) {
    return citationConflictFailure(current, merge.changedFields, merge.conflicts);
  }
  return { ok: true, apply: merge.apply, mergedWith: merge.changedFields };
}

/** The answer when the guarded write matched nothing (two writers raced). */
export async function citationConflict(
  tx: Tx,
  id: number,
  loadedUpdatedAt: Date,
  submitted: Partial<Record<keyof CitationEditState, unknown>>,
): Promise<MutationFailure<CitationEditState>> {
  const current = await readCitationState(tx, id);
  if (!current) return failure('This citation does not exist.');
  const { loaded } = await citationTrail(id, loadedUpdatedAt, tx);
  return citationConflictFailure(
    current,
    changedSince(loaded, { ...current }, submitted, COMPARED_FIELDS),
  );
}

function citationConflictFailure(
  current: CitationEditState,
  changedFields: string[],
  fields: FieldConflict[] = [],
): MutationFailure<CitationEditState> {
  return {
    ok: false,
    message:
      fields.length > 0
        ? 'Someone else changed the same fields of this citation after you opened it. Nothing was saved: for each field listed, keep your value or take the current one, then save again.'
        : 'Someone else changed this citation after you opened it. Nothing was saved: review the current values and apply your changes again.',
    conflict: { current, changedFields, fields },
  };
}

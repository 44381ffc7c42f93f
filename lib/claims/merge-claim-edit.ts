import 'server-only';
import { fieldConflicts, mergeStaleSave } from '@/lib/audit/merge-stale-save';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { jsonComparable } from '@/lib/audit/three-way-merge';
import { store } from '@/lib/db/store';
import type { ClaimStateWithTrail } from '@/lib/db/verdict-store';
import { QUANTITY_FIELDS, quantityErrors, type QuantityInput } from '@/lib/validation/claim-input';
import type { MutationFailure } from '@/lib/validation/mutation-result';
import {
  CLAIM_COMPARED_FIELDS,
  claimConflictFailure,
  claimDeleted,
  claimNotFound,
  readClaimTrail,
} from './claim-state';
import { tagSlug } from './tag-slug';
import type { ClaimEditState } from './types';

/*
 * Saves that arrive from a form loaded at an older version of the claim (someone else saved in
 * between) are merged onto the current version instead of refused (lib/audit/merge-stale-save.ts):
 * the editor's own changes are applied where nobody else touched the field, and only fields both
 * changed differently come back as a conflict. Both claim saves use this: the content edit
 * (update-claim.ts) and the verdict change (change-verdict.ts), so a verdict saved in one form
 * no longer refuses a content edit pending in the other.
 */

/** Tags are compared by their slugs, in any order: "Kursk" and "kursk" are one tag. */
export function claimComparable(field: string, value: unknown): string {
  if (field === 'tags' && Array.isArray(value)) {
    return JSON.stringify(value.map((name) => tagSlug(String(name))).sort());
  }
  return jsonComparable(field, value);
}

export type ContentMine = Partial<Record<keyof ClaimEditState, unknown>>;

export interface ContentMerge {
  ok: true;
  /** The submitted fields that go onto the current version. */
  apply: string[];
  /** What someone else changed since the editor loaded the claim. */
  mergedWith: string[];
}

/**
 * A content edit from `loadedVersion` against the claim as it is now (`current`, read in the
 * caller's transaction). `mine` holds the submitted columns (tags as names, the claimant as its
 * resolved id). The quantity's fields may come from both sides, so the merged quantity must
 * still pass the quantity rules; when it does not, its differing fields are conflicts too.
 */
export async function mergeContentEdit(
  tx: Tx,
  current: ClaimEditState,
  loadedVersion: number,
  mine: ContentMine,
): Promise<ContentMerge | MutationFailure<ClaimEditState>> {
  const trail = await readClaimTrail(current.id, loadedVersion, tx);
  const fields = Object.keys(mine);
  const merge = mergeStaleSave({
    trail,
    fields,
    mine,
    current: { ...current },
    compared: CLAIM_COMPARED_FIELDS,
    comparable: claimComparable,
  });
  const conflicts = [...merge.conflicts];
  const merged = Object.fromEntries(
    QUANTITY_FIELDS.map((f) => [f, merge.apply.includes(f) ? mine[f] : current[f]]),
  ) as unknown as QuantityInput;
  if (Object.keys(quantityErrors(merged)).length > 0) {
    const differing = QUANTITY_FIELDS.filter(
      (f) =>
        f in mine &&
        !conflicts.some((c) => c.field === f) &&
        claimComparable(f, mine[f]) !== claimComparable(f, current[f]),
    );
    conflicts.push(...fieldConflicts(trail, differing, mine, { ...current }));
  }
  if (conflicts.length > 0) {
    const claimant = conflicts.find((c) => c.field === 'claimantId');
    if (claimant) {
      const mineName = await tx.claimant.findUnique({
        where: { id: Number(mine.claimantId) },
        select: { name: true },
      });
      claimant.names = {
        mine: mineName?.name,
        loaded: typeof trail.loaded?.claimantName === 'string' ? trail.loaded.claimantName : '',
        current: current.claimantName,
      };
    }
    return claimConflictFailure(current, loadedVersion, merge.changedFields, conflicts);
  }
  return { ok: true, apply: merge.apply, mergedWith: merge.changedFields };
}

type VerdictFields = Pick<ClaimEditState, 'verdict' | 'confidence' | 'rationale'>;
const VERDICT_FIELDS = ['verdict', 'confidence', 'rationale'] as const;

export interface VerdictMerge {
  ok: true;
  /** The verdict, confidence and rationale to save: the editor's changes on the current ones. */
  values: VerdictFields;
  /** The version they are saved on. */
  version: number;
  mergedWith: string[];
}

/**
 * A verdict change from `loadedVersion` against the claim as it is now, read with its trail from
 * one snapshot (lib/db/editing-store.ts), or `read` already (the save's own read, which found
 * the claim moved on). The merged values are then saved like any verdict change, so the
 * rationale and evidence rules judge the merged result.
 */
export async function mergeVerdictEdit(
  id: number,
  loadedVersion: number,
  mine: VerdictFields,
  alreadyRead?: ClaimStateWithTrail,
): Promise<VerdictMerge | MutationFailure<ClaimEditState>> {
  const read = alreadyRead ?? (await store.editing.claimStateWithTrail(id, loadedVersion));
  if (!read) return claimNotFound();
  const current = read.claim.state;
  if (current.deletedAt) return claimDeleted();
  const merge = mergeStaleSave({
    trail: read.trail,
    fields: VERDICT_FIELDS,
    mine,
    current: { ...current },
    compared: CLAIM_COMPARED_FIELDS,
  });
  if (merge.conflicts.length > 0) {
    return claimConflictFailure(current, loadedVersion, merge.changedFields, merge.conflicts);
  }
  const pick = <K extends keyof VerdictFields>(field: K): VerdictFields[K] =>
    merge.apply.includes(field) ? mine[field] : current[field];
  return {
    ok: true,
    values: {
      verdict: pick('verdict'),
      confidence: pick('confidence'),
      rationale: pick('rationale'),
    },
    version: current.version,
    mergedWith: merge.changedFields,
  };
}

import 'server-only';
import { changedSince } from '@/lib/audit/changed-fields';
import { readEditTrail, type EditTrail } from '@/lib/audit/edit-trail';
import type { Tx } from '@/lib/audit/mutation-transaction';
import { store } from '@/lib/db/store';
import type { ClaimStatus, QuantityQualifier } from '@/lib/domain/claims';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import {
  failure,
  type FieldConflict,
  type MutationFailure,
} from '@/lib/validation/mutation-result';
import type { ClaimEditState } from './types';

export const CLAIM_STATE_SELECT = {
  id: true,
  statement: true,
  title: true,
  claimantId: true,
  claimant: { select: { name: true } },
  firstAppearedAt: true,
  firstAppearanceUrl: true,
  firstAppearanceNote: true,
  context: true,
  place: true,
  quantityQualifier: true,
  quantityValue: true,
  quantityMin: true,
  quantityMax: true,
  quantityUnit: true,
  tags: { select: { tag: { select: { name: true } } } },
  verdict: true,
  confidence: true,
  rationale: true,
  status: true,
  publishedAt: true,
  deletedAt: true,
  version: true,
  updatedAt: true,
} as const;

type ClaimStateRow = NonNullable<Awaited<ReturnType<typeof readClaimRow>>>;

function readClaimRow(tx: Tx, id: number) {
  return tx.claim.findUnique({ where: { id }, select: CLAIM_STATE_SELECT });
}

export function toClaimState(row: ClaimStateRow): ClaimEditState {
  const { claimant, tags, ...rest } = row;
  return {
    ...rest,
    claimantName: claimant.name,
    quantityQualifier: rest.quantityQualifier as QuantityQualifier | null,
    verdict: rest.verdict as Verdict,
    confidence: rest.confidence as Confidence,
    status: rest.status as ClaimStatus,
    tags: tags.map((t) => t.tag.name).sort((a, b) => a.localeCompare(b)),
  };
}

/** A claim's edit state in a mutation's transaction, its row held until COMMIT (lockForEdit). */
export async function readClaimState(tx: Tx, id: number): Promise<ClaimEditState | null> {
  await store.editing.lockForEdit(tx, 'Claim', id);
  const row = await readClaimRow(tx, id);
  return row ? toClaimState(row) : null;
}

/** The fields compared to tell an editor what someone else changed. */
export const CLAIM_COMPARED_FIELDS = [
  'statement',
  'title',
  'claimantId',
  'firstAppearedAt',
  'firstAppearanceUrl',
  'firstAppearanceNote',
  'context',
  'place',
  'quantityQualifier',
  'quantityValue',
  'quantityMin',
  'quantityMax',
  'quantityUnit',
  'tags',
  'verdict',
  'confidence',
  'rationale',
  'status',
  'deletedAt',
] as const satisfies readonly (keyof ClaimEditState)[];

export const CLAIM_NOT_FOUND = 'This claim does not exist (it may have been removed).';

export function claimNotFound(): MutationFailure<never> {
  return failure(CLAIM_NOT_FOUND);
}

export function claimDeleted(): MutationFailure<never> {
  return failure('This claim has been deleted; an admin must restore it before it can be edited.');
}

/** What happened to a claim since a form loaded it at `loadedVersion` (lib/audit/edit-trail.ts). */
export function readClaimTrail(id: number, loadedVersion: number, tx?: Tx): Promise<EditTrail> {
  return readEditTrail(
    { entityType: 'claim', entityId: id },
    { key: 'version', value: loadedVersion },
    tx,
  );
}

/**
 * The answer to a change whose version guard matched nothing and that has no fields to merge
 * (publish, delete): the claim as it is now, and what changed since the version the editor
 * loaded.
 */
export async function claimConflict(
  tx: Tx,
  id: number,
  loadedVersion: number,
  submitted: Partial<Record<keyof ClaimEditState, unknown>>,
): Promise<MutationFailure<ClaimEditState>> {
  const current = await readClaimState(tx, id);
  if (!current) return claimNotFound();
  const trail = await readClaimTrail(id, loadedVersion, tx);
  const changed = changedSince(trail.loaded, { ...current }, submitted, CLAIM_COMPARED_FIELDS);
  return claimConflictFailure(current, loadedVersion, changed);
}

/** The same outside a transaction: the claim and its trail as last committed. */
export async function claimConflictNow(
  id: number,
  loadedVersion: number,
  submitted: Partial<Record<keyof ClaimEditState, unknown>>,
): Promise<MutationFailure<ClaimEditState>> {
  const read = await store.editing.claimStateWithTrail(id, loadedVersion);
  if (!read) return claimNotFound();
  const current = read.claim.state;
  const changed = changedSince(read.trail.loaded, { ...current }, submitted, CLAIM_COMPARED_FIELDS);
  return claimConflictFailure(current, loadedVersion, changed);
}

/**
 * The conflict answer itself, once the current state and the changed fields are known; with
 * `fields`, the ones the editor and someone else both changed, for the editor to resolve.
 */
export function claimConflictFailure(
  current: ClaimEditState,
  loadedVersion: number,
  changedFields: string[],
  fields: FieldConflict[] = [],
): MutationFailure<ClaimEditState> {
  const versions = `you loaded version ${loadedVersion}; it is now at version ${current.version}`;
  return {
    ok: false,
    message:
      fields.length > 0
        ? `Someone else changed the same ${fields.length === 1 ? 'field' : 'fields'} of this claim after you opened it (${versions}). Nothing was saved: for each field listed, keep your value or take the current one, then save again.`
        : `Someone else saved this claim after you opened it (${versions}). Nothing was saved: review the current values and apply your changes again.`,
    conflict: { current, changedFields, fields },
  };
}

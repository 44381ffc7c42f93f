import 'server-only';
import { pickApplied } from '@/lib/audit/merge-stale-save';
import { rollback, runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import {
  QUANTITY_FIELDS,
  updateClaimSchema,
  type UpdateClaimData,
} from '@/lib/validation/claim-input';
import { invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { claimConflict, claimDeleted, claimNotFound, readClaimState } from './claim-state';
import { mergeContentEdit, type ContentMine } from './merge-claim-edit';
import { resolveClaimant } from './resolve-claimant';
import { syncClaimTags } from './sync-claim-tags';
import { tagSlug } from './tag-slug';
import type { ClaimEditState, ClaimSaved } from './types';

const CONTENT_FIELDS = [
  'statement',
  'title',
  'firstAppearedAt',
  'firstAppearanceUrl',
  'firstAppearanceNote',
  'context',
  'place',
] as const;

type ClaimPatch = Partial<
  Pick<
    ClaimEditState,
    (typeof CONTENT_FIELDS)[number] | (typeof QUANTITY_FIELDS)[number] | 'claimantId'
  >
>;

/** The columns an edit writes: the fields sent, quantity as a group. */
function contentPatch(data: UpdateClaimData): ClaimPatch {
  const patch: ClaimPatch = {};
  for (const field of CONTENT_FIELDS) {
    if (data[field] !== undefined) Object.assign(patch, { [field]: data[field] });
  }
  if (QUANTITY_FIELDS.some((f) => data[f] !== undefined)) {
    for (const field of QUANTITY_FIELDS) Object.assign(patch, { [field]: data[field] ?? null });
  }
  return patch;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Saves an editor's changes to a claim's content, guarded by the `version` the form loaded:
 * one `updateMany` on (id, version, not deleted) that also increments the version. Tags are
 * synced in the same transaction. Input equal to what is stored writes nothing.
 *
 * When someone else saved since that version, the save is merged onto the current version
 * (merge-claim-edit.ts): the fields only this editor changed are written (guarded by the
 * current version, audited like any save) and the result names what the others changed; fields
 * both changed differently make it a conflict that writes nothing and lists, per field, this
 * editor's value, the loaded one and the current one with who saved it.
 *
 * The row is read first for the audit snapshot, the merge and the not-found/deleted answers;
 * whether the save wins is decided by the guarded write alone, which also holds under
 * PostgreSQL's read-committed isolation, where two transactions can both read the old version.
 */
export async function updateClaim(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<ClaimSaved, ClaimEditState>> {
  assertRole(actor, 'editor');
  const parsed = updateClaimSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const data = parsed.data;

  return runMutation(async (tx) => {
    const before = await readClaimState(tx, data.id);
    if (!before) return claimNotFound();
    if (before.deletedAt) return claimDeleted();

    let patch = contentPatch(data);
    if (data.claimantId !== undefined || data.claimantName !== undefined) {
      const claimant = await resolveClaimant(tx, {
        claimantId: data.claimantId ?? null,
        claimantName: data.claimantName ?? null,
        claimantKind: data.claimantKind ?? null,
      });
      if (!claimant.ok) return claimant;
      patch.claimantId = claimant.id;
    }
    let tags = data.tags;
    let guard = data.version;
    let mergedWith: string[] | undefined;
    if (before.version !== data.version) {
      const mine: ContentMine = { ...patch, ...(tags ? { tags: tags.map((t) => t.name) } : {}) };
      const merged = await mergeContentEdit(tx, before, data.version, mine);
      // Undo an inline claimant created above: a refused save leaves no trace.
      if (!merged.ok) rollback(merged);
      patch = pickApplied(patch, merged.apply);
      if (!merged.apply.includes('tags')) tags = undefined;
      guard = before.version;
      mergedWith = merged.mergedWith;
    }
    const tagsChanged =
      tags !== undefined && !same(tags.map((t) => t.slug).sort(), before.tags.map(tagSlug).sort());
    const contentChanged = Object.entries(patch).some(
      ([field, value]) => !same(value, before[field as keyof ClaimEditState]),
    );
    const merge = mergedWith ? { mergedWith } : {};
    if (!contentChanged && !tagsChanged) {
      return ok({ id: before.id, version: before.version, changed: false, ...merge });
    }

    const guarded = await tx.claim.updateMany({
      where: { id: data.id, version: guard, deletedAt: null },
      data: { ...patch, updatedById: actor.id, version: { increment: 1 } },
    });
    if (guarded.count === 0) {
      rollback(
        await claimConflict(tx, data.id, data.version, {
          ...patch,
          ...(tags ? { tags: tags.map((t) => t.name) } : {}),
        }),
      );
    }
    if (tags !== undefined) await syncClaimTags(tx, data.id, tags);
    const after = await readClaimState(tx, data.id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'claim.update',
      entityType: 'claim',
      entityId: data.id,
      before,
      after,
    });
    return ok({ id: data.id, version: after?.version ?? guard + 1, changed: true, ...merge });
  });
}

import 'server-only';
import { pickApplied } from '@/lib/audit/merge-stale-save';
import { nextUpdatedAt, runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { updateCitationSchema } from '@/lib/validation/citation-input';
import { failure, invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import {
  citationConflict,
  claimClosedToCitations,
  mergeCitationEdit,
  readCitationState,
  touchClaim,
  type CitationEditState,
  type CitationSaved,
} from './citation-state';

type CitationPatch = Partial<Pick<CitationEditState, 'stance' | 'quote' | 'locator'>>;

/**
 * Edits a citation's stance, quote or locator, guarded by the `updatedAt` the form loaded
 * (citations have no version column). Touches the claim's `updatedAt`. An edit from a form
 * loaded before someone else's save is merged onto the current citation (fields only this
 * editor changed are written); fields both changed differently are a conflict.
 */
export async function updateCitation(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<CitationSaved, CitationEditState>> {
  assertRole(actor, 'editor');
  const parsed = updateCitationSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, updatedAt: loaded, ...changes } = parsed.data;

  return runMutation(async (tx) => {
    const before = await readCitationState(tx, id);
    if (!before || before.deletedAt) return failure('This citation does not exist or was removed.');
    const closed = await claimClosedToCitations(tx, before.claimId);
    if (closed) return closed;
    let patch = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    ) as CitationPatch;
    let guard = loaded;
    let merge: { mergedWith?: string[] } = {};
    if (before.updatedAt.getTime() !== loaded.getTime()) {
      const merged = await mergeCitationEdit(tx, before, loaded, patch);
      if (!merged.ok) return merged;
      patch = pickApplied(patch, merged.apply);
      guard = before.updatedAt;
      merge = { mergedWith: merged.mergedWith };
    }
    const unchanged = Object.entries(patch).every(
      ([field, value]) => before[field as keyof CitationEditState] === value,
    );
    if (unchanged) {
      return ok({
        id,
        claimId: before.claimId,
        updatedAt: before.updatedAt,
        changed: false,
        ...merge,
      });
    }

    const updatedAt = nextUpdatedAt(before.updatedAt);
    const guarded = await tx.citation.updateMany({
      where: { id, updatedAt: guard, deletedAt: null },
      data: { ...patch, updatedAt, updatedById: actor.id },
    });
    if (guarded.count === 0) return citationConflict(tx, id, loaded, patch);
    await touchClaim(tx, before.claimId, actor.id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'citation.update',
      entityType: 'citation',
      entityId: id,
      before,
      after: await readCitationState(tx, id),
    });
    return ok({ id, claimId: before.claimId, updatedAt, changed: true, ...merge });
  });
}

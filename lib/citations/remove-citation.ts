import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { removeCitationSchema } from '@/lib/validation/citation-input';
import { failure, invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import {
  claimClosedToCitations,
  readCitationState,
  touchClaim,
  type CitationSaved,
} from './citation-state';

/**
 * Removes a citation from its claim (soft: `deletedAt`; the row and its audit trail stay).
 * Not guarded by `updatedAt`: removing is the same whatever the quote says now. Touches the
 * claim's `updatedAt`. The evidence rules are checked when a verdict is next saved.
 */
export async function removeCitation(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<CitationSaved>> {
  assertRole(actor, 'editor');
  const parsed = removeCitationSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id } = parsed.data;

  return runMutation(async (tx) => {
    const before = await readCitationState(tx, id);
    if (!before) return failure('This citation does not exist.');
    if (before.deletedAt) return failure('This citation was already removed.');
    const closed = await claimClosedToCitations(tx, before.claimId);
    if (closed) return closed;
    const removed = await tx.citation.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: new Date(), updatedById: actor.id },
    });
    if (removed.count === 0) return failure('This citation was already removed.');
    await touchClaim(tx, before.claimId, actor.id);
    const after = await readCitationState(tx, id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'citation.remove',
      entityType: 'citation',
      entityId: id,
      before,
      after,
    });
    return ok({
      id,
      claimId: before.claimId,
      updatedAt: after?.updatedAt ?? new Date(),
      changed: true,
    });
  });
}

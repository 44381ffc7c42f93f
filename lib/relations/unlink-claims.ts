import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { failure, invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { unlinkClaimsSchema } from './relation-input';
import { RELATION_SNAPSHOT_SELECT } from './relation-snapshot';

export const LINK_NOT_FOUND = 'This link does not exist.';
export const LINK_ALREADY_REMOVED = 'This link was already removed.';

export interface RelationRemoved {
  id: number;
  fromClaimId: number;
  toClaimId: number;
}

/**
 * Removes a link between two claims, softly (`deletedAt`): the row and its audit trail stay,
 * and linking the pair the same way again brings the row back (link-claims.ts). Editors only.
 */
export async function unlinkClaims(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<RelationRemoved>> {
  assertRole(actor, 'editor');
  const parsed = unlinkClaimsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id } = parsed.data;

  return runMutation(async (tx) => {
    const before = await tx.claimRelation.findUnique({
      where: { id },
      select: RELATION_SNAPSHOT_SELECT,
    });
    if (!before) return failure(LINK_NOT_FOUND);
    // Guarded on the live row, so two removals at once audit one.
    const removed = await tx.claimRelation.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: new Date(), deletedById: actor.id },
    });
    if (removed.count === 0) return failure(LINK_ALREADY_REMOVED);
    const after = await tx.claimRelation.findUnique({
      where: { id },
      select: RELATION_SNAPSHOT_SELECT,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'relation.unlink',
      entityType: 'claim_relation',
      entityId: id,
      before,
      after,
    });
    return ok({ id, fromClaimId: before.fromClaimId, toClaimId: before.toClaimId });
  });
}

import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { claimVersionSchema } from '@/lib/validation/claim-input';
import { failure, invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { claimConflict, claimNotFound, readClaimState } from './claim-state';
import type { ClaimEditState, ClaimSaved } from './types';

/**
 * Soft-deletes a claim (admins only): `deletedAt`/`deletedById` are set and every reader query
 * hides it (PUBLIC_CLAIM); its citations, revisions and audit trail stay. Version-guarded.
 */
export function deleteClaim(actor: Actor | null, input: unknown) {
  return setClaimDeleted(actor, input, true);
}

/** Brings a soft-deleted claim back as it was (published or draft). Admins only. */
export function restoreClaim(actor: Actor | null, input: unknown) {
  return setClaimDeleted(actor, input, false);
}

async function setClaimDeleted(
  actor: Actor | null,
  input: unknown,
  deleted: boolean,
): Promise<MutationResult<ClaimSaved, ClaimEditState>> {
  assertRole(actor, 'admin');
  const parsed = claimVersionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, version } = parsed.data;

  return runMutation(async (tx) => {
    const before = await readClaimState(tx, id);
    if (!before) return claimNotFound();
    if (Boolean(before.deletedAt) === deleted) {
      return failure(deleted ? 'This claim is already deleted.' : 'This claim is not deleted.');
    }
    const guarded = await tx.claim.updateMany({
      where: { id, version, deletedAt: deleted ? null : { not: null } },
      data: {
        deletedAt: deleted ? new Date() : null,
        deletedById: deleted ? actor.id : null,
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (guarded.count === 0) return claimConflict(tx, id, version, {});
    const after = await readClaimState(tx, id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: deleted ? 'claim.delete' : 'claim.restore',
      entityType: 'claim',
      entityId: id,
      before,
      after,
    });
    return ok({ id, version: after?.version ?? version + 1, changed: true });
  });
}

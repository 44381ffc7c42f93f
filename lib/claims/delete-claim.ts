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
export async function deleteClaim(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<ClaimSaved, ClaimEditState>> {
  assertRole(actor, 'admin');
  const parsed = claimVersionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, version } = parsed.data;

  return runMutation(async (tx) => {
    const before = await readClaimState(tx, id);
    if (!before) return claimNotFound();
    if (before.deletedAt) return failure('This claim is already deleted.');
    const guarded = await tx.claim.updateMany({
      where: { id, version, deletedAt: null },
      data: {
        deletedAt: new Date(),
        deletedById: actor.id,
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (guarded.count === 0) return claimConflict(tx, id, version, {});
    const after = await readClaimState(tx, id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'claim.delete',
      entityType: 'claim',
      entityId: id,
      before,
      after,
    });
    return ok({ id, version: after?.version ?? version + 1, changed: true });
  });
}

/** Brings a soft-deleted claim back as it was (published or draft). Admins only. */
export async function restoreClaim(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<ClaimSaved, ClaimEditState>> {
  assertRole(actor, 'admin');
  const parsed = claimVersionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, version } = parsed.data;

  return runMutation(async (tx) => {
    const before = await readClaimState(tx, id);
    if (!before) return claimNotFound();
    if (!before.deletedAt) return failure('This claim is not deleted.');
    const guarded = await tx.claim.updateMany({
      where: { id, version, deletedAt: { not: null } },
      data: {
        deletedAt: null,
        deletedById: null,
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (guarded.count === 0) return claimConflict(tx, id, version, {});
    const after = await readClaimState(tx, id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'claim.restore',
      entityType: 'claim',
      entityId: id,
      before,
      after,
    });
    return ok({ id, version: after?.version ?? version + 1, changed: true });
  });
}

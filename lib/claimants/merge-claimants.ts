import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent, serialiseSnapshot } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { CLAIM_STATE_SELECT, toClaimState } from '@/lib/claims/claim-state';
import { store } from '@/lib/db/store';
import { chunks } from '@/lib/import/batches';
import {
  failure,
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { mergeClaimantsSchema } from './claimant-input';
import { claimantNameKey } from './claimant-name-key';
import { CLAIMANT_NOT_FOUND, readClaimantSnapshot } from './claimant-snapshot';

export interface ClaimantsMerged {
  keepId: number;
  /** The claims that now name the kept claimant. */
  movedClaimIds: number[];
}

/**
 * Merges two claimants that are one (admins): every claim of the merged claimant — drafts and
 * deleted ones too — names the kept one, the merged claimant's aliases move over and its name
 * becomes one more alias, and its row is deleted (Claimant has no soft delete, and nothing refers
 * to it any more; the 'claimant.merge' event keeps it whole). ONE transaction. Each moved claim's
 * version goes up with its own audit event, so a form opened before the merge merges with the
 * change instead of saving the old claimant; the triggers on Claim re-index its search text and
 * clear its stored export text.
 */
export async function mergeClaimants(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<ClaimantsMerged>> {
  assertRole(actor, 'admin');
  const parsed = mergeClaimantsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { keepId, mergeId } = parsed.data;
  if (keepId === mergeId) {
    return fieldFailure('mergeId', 'Choose another claimant: a claimant cannot merge into itself.');
  }

  return runMutation(async (tx) => {
    const [kept, merged] = await Promise.all([
      readClaimantSnapshot(tx, keepId),
      readClaimantSnapshot(tx, mergeId),
    ]);
    if (!kept) return failure(CLAIMANT_NOT_FOUND);
    if (!merged) return fieldFailure('mergeId', CLAIMANT_NOT_FOUND);

    const movedClaimIds = (
      await tx.claim.findMany({
        where: { claimantId: mergeId },
        select: { id: true },
        orderBy: { id: 'asc' },
      })
    ).map((c) => c.id);
    // Each moved claim is an edit of that claim: its row held (PostgreSQL) so the snapshots
    // below are the states the version guard moves between, and one 'claim.update' event each,
    // so its activity shows the new claimant, a form opened before the merge finds the change
    // in the claim's trail, and its followers are told (the audit log's trigger).
    for (const id of movedClaimIds) await store.editing.lockForEdit(tx, 'Claim', id);
    for (const part of chunks(movedClaimIds)) {
      const readStates = async () =>
        (
          await tx.claim.findMany({
            where: { id: { in: part } },
            select: CLAIM_STATE_SELECT,
            orderBy: { id: 'asc' },
          })
        ).map(toClaimState);
      const before = await readStates();
      await tx.claim.updateMany({
        where: { id: { in: part } },
        data: { claimantId: keepId, updatedById: actor.id, version: { increment: 1 } },
      });
      const after = await readStates();
      await tx.auditEvent.createMany({
        data: after.map((state, i) => ({
          actorId: actor.id,
          action: 'claim.update',
          entityType: 'claim',
          entityId: String(state.id),
          before: serialiseSnapshot(before[i]),
          after: serialiseSnapshot(state),
        })),
      });
    }
    await tx.claimantAlias.updateMany({
      where: { claimantId: mergeId },
      data: { claimantId: keepId },
    });
    // The merged name stays findable (intake, inline names) as the kept claimant's alias,
    // unless it already folds like the kept name or one of its aliases.
    const key = claimantNameKey(merged.name);
    const taken =
      key === '' ||
      key === claimantNameKey(kept.name) ||
      (await tx.claimantAlias.findUnique({ where: { key }, select: { id: true } })) !== null;
    if (!taken) {
      await tx.claimantAlias.create({
        data: { claimantId: keepId, name: merged.name, key, createdById: actor.id },
      });
    }
    await tx.claimant.delete({ where: { id: mergeId } });

    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'claimant.merge',
      entityType: 'claimant',
      entityId: keepId,
      before: { kept, merged, movedClaimIds },
      after: { kept: await readClaimantSnapshot(tx, keepId), merged: null, movedClaimIds },
    });
    return ok({ keepId, movedClaimIds });
  });
}

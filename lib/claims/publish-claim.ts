import 'server-only';
import { runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import type { ClaimStatus } from '@/lib/domain/claims';
import { stageForStatus, type Stage } from '@/lib/domain/stages';
import { claimVersionSchema } from '@/lib/validation/claim-input';
import { invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { claimConflict, claimDeleted, claimNotFound, readClaimState } from './claim-state';
import type { ClaimEditState, ClaimStatusSaved } from './types';

/**
 * A claim's `publishedAt` once its status is `status`: the first publication (ClaimReview's
 * datePublished), so republishing keeps it and unpublishing does not clear it.
 */
export function publishedAtFor(
  status: ClaimStatus,
  previous: Date | null,
  now = new Date(),
): Date | null {
  return status === 'published' ? (previous ?? now) : previous;
}

/**
 * The columns a status change writes: the status, `publishedAt`, and the desk's stage that
 * follows it (Published, or back to Ready: lib/domain/stages.ts). The publish buttons and the
 * import's status updates both write these.
 */
export function statusChangeData(
  status: ClaimStatus,
  previous: { publishedAt: Date | null; stage: string },
  now = new Date(),
) {
  const stage = stageForStatus(status, previous.stage as Stage);
  return {
    status,
    publishedAt: publishedAtFor(status, previous.publishedAt, now),
    ...(stage === previous.stage ? {} : { stage, stageChangedAt: now, archiveReason: null }),
  };
}

/** Makes a claim visible to readers. `publishedAt` keeps the first publication date. */
export function publishClaim(actor: Actor | null, input: unknown) {
  return setClaimStatus(actor, input, 'published');
}

/** Takes a claim back to draft: readers no longer see it. */
export function unpublishClaim(actor: Actor | null, input: unknown) {
  return setClaimStatus(actor, input, 'draft');
}

async function setClaimStatus(
  actor: Actor | null,
  input: unknown,
  status: ClaimStatus,
): Promise<MutationResult<ClaimStatusSaved, ClaimEditState>> {
  assertRole(actor, 'editor');
  const parsed = claimVersionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { id, version } = parsed.data;

  return runMutation(async (tx) => {
    const before = await readClaimState(tx, id);
    if (!before) return claimNotFound();
    if (before.deletedAt) return claimDeleted();
    if (before.status === status) {
      return ok({ id, version: before.version, status, changed: false });
    }
    const desk = await tx.claim.findUniqueOrThrow({ where: { id }, select: { stage: true } });
    const guarded = await tx.claim.updateMany({
      where: { id, version, deletedAt: null },
      data: {
        ...statusChangeData(status, { publishedAt: before.publishedAt, stage: desk.stage }),
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (guarded.count === 0) return claimConflict(tx, id, version, { status });
    const after = await readClaimState(tx, id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: status === 'published' ? 'claim.publish' : 'claim.unpublish',
      entityType: 'claim',
      entityId: id,
      before,
      after,
    });
    return ok({ id, version: after?.version ?? version + 1, status, changed: true });
  });
}

import 'server-only';
import { nextUpdatedAt, rollback, runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { claimDeleted, claimNotFound } from '@/lib/claims/claim-state';
import { notify } from '@/lib/notifications/notify';
import { requestReviewSchema } from '@/lib/validation/review-input';
import { failure, invalidInput, ok, type MutationResult } from '@/lib/validation/mutation-result';
import { moveClaimStage } from '@/lib/workflow/change-stage';
import { readDeskState } from '@/lib/workflow/desk-state';
import { planStageChange } from '@/lib/workflow/stage-rules';
import { readOpenReview, staleReviewFailure } from './open-review';

/**
 * Asks the claim's reviewer to review its open verdict revision: first after proposing, or again
 * after fixing one sent back (it waits as pending again). An unpublished claim moves to In review
 * through the desk's stage move (its rule, audit event and the reviewer's notification); a
 * published claim keeps its stage (moving it would take it off the site), and the reviewer is
 * told here. One audited mutation with the claim's version guard.
 */
export async function requestVerdictReview(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<{ id: number; version: number }>> {
  assertRole(actor, 'editor');
  const parsed = requestReviewSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { claimId, version } = parsed.data;

  return runMutation(async (tx) => {
    const before = await readDeskState(tx, claimId);
    if (!before) return claimNotFound();
    if (before.deletedAt) return claimDeleted();
    if (before.version !== version) return staleReviewFailure(version, before.version);
    // The stage rule's own check: review needs a reviewer, whatever the stage.
    const needsReviewer = planStageChange({
      from: 'researching',
      to: 'in_review',
      reason: '',
      reviewerId: before.reviewerId,
    });
    if (!needsReviewer.ok)
      return failure(needsReviewer.message, { reviewerId: [needsReviewer.message] });
    const open = await readOpenReview(tx, claimId);
    if (!open.ok) return open;
    const revision = open.revision;

    if (revision.reviewState === 'sent_back') {
      await tx.verdictRevision.update({
        where: { id: revision.id },
        data: { reviewState: 'pending' },
      });
    }
    const after = {
      ...before,
      version: before.version + 1,
      updatedAt: nextUpdatedAt(before.updatedAt),
    };
    await tx.claim.update({
      where: { id: claimId, version, deletedAt: null },
      data: { updatedById: actor.id, updatedAt: after.updatedAt, version: after.version },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'verdict.request_review',
      entityType: 'claim',
      entityId: claimId,
      before,
      after: { ...after, revisionId: revision.id },
    });

    if (before.stage !== 'published' && before.stage !== 'in_review') {
      const moved = await moveClaimStage(
        tx,
        actor,
        { id: claimId, version: after.version, stage: 'in_review', reason: '' },
        ['verdict.request_review'],
      );
      if (!moved.ok) rollback(moved);
      return ok({ id: claimId, version: moved.value.version });
    }
    await notify(tx, {
      userId: before.reviewerId!,
      kind: 'review_requested',
      claimId,
      actorId: actor.id,
      about: 'verdict.request_review',
    });
    return ok({ id: claimId, version: after.version });
  });
}

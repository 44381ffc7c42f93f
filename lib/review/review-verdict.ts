import 'server-only';
import { nextUpdatedAt, rollback, runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { claimDeleted, claimNotFound } from '@/lib/claims/claim-state';
import { checkEvidenceRules, verdictHasEvidenceRule } from '@/lib/claims/evidence-rules';
import { verdictInfo } from '@/lib/domain/verdicts';
import { notify } from '@/lib/notifications/notify';
import { reviewVerdictSchema } from '@/lib/validation/review-input';
import {
  failure,
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { readDeskState } from '@/lib/workflow/desk-state';
import { moveClaimStage } from '@/lib/workflow/change-stage';
import { readOpenReview, staleReviewFailure } from './open-review';
import {
  BYPASS_NEEDS_REASON,
  BYPASS_REFUSED,
  SEND_BACK_NEEDS_COMMENT,
  mayBypassReview,
  reviewerRefusal,
} from './review-rules';
import { readLiveEvidence } from './save-through-review';
import type { DecidedReviewState, ReviewDecided, ReviewDecision, ReviewFormValues } from './types';

const STATE_OF: Record<ReviewDecision, DecidedReviewState> = {
  approve: 'approved',
  send_back: 'sent_back',
  bypass: 'bypassed',
};

const ACTION_OF: Record<ReviewDecision, string> = {
  approve: 'verdict.approve',
  send_back: 'verdict.send_back',
  bypass: 'verdict.bypass_review',
};

/**
 * A second editor's decision on the claim's open verdict revision, in one audited mutation with
 * the claim's version guard:
 * - approve: anyone but the revision's author, while it waits (pending); the evidence rules are
 *   checked again now (an admin's override reason on the revision still counts); its rating
 *   becomes the claim's — what readers see — and an unpublished claim In review moves to Ready;
 * - send back: the same people, with a comment; the revision stays open for its author to fix
 *   (the form shows the proposal and the comment); an unpublished claim In review or Ready
 *   returns to Researching, a published one stays Published (readers keep the approved verdict;
 *   moving it would take the claim off the site);
 * - bypass: admins only, with a written reason (kept on the revision, in the audit log): applied
 *   like an approval, also for an admin's own proposal or one sent back.
 * The author and the assignee are told (approved, sent back).
 */
export async function reviewVerdict(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<ReviewDecided, ReviewFormValues>> {
  assertRole(actor, 'editor');
  const parsed = reviewVerdictSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { claimId, version, revisionId, decision, comment } = parsed.data;
  if (decision === 'bypass' && !mayBypassReview(actor.role)) {
    return fieldFailure('decision', BYPASS_REFUSED);
  }
  if (decision === 'send_back' && comment === '') {
    return fieldFailure('comment', SEND_BACK_NEEDS_COMMENT);
  }
  if (decision === 'bypass' && comment === '') return fieldFailure('comment', BYPASS_NEEDS_REASON);

  return runMutation(async (tx) => {
    const before = await readDeskState(tx, claimId);
    if (!before) return claimNotFound();
    if (before.deletedAt) return claimDeleted();
    if (before.version !== version) return staleReviewFailure(version, before.version);
    const open = await readOpenReview(tx, claimId, revisionId);
    if (!open.ok) return open;
    const revision = open.revision;
    if (decision !== 'bypass') {
      if (revision.reviewState !== 'pending') {
        return failure(
          'This verdict was sent back to its author: they fix it and ask for review again before it can be approved or sent back.',
        );
      }
      const refusal = reviewerRefusal(actor, revision.createdById);
      if (refusal) return failure(refusal);
    }
    const applies = decision !== 'send_back';
    if (applies && verdictHasEvidenceRule(revision.verdict) && revision.overrideReason === null) {
      const check = checkEvidenceRules(revision.verdict, await readLiveEvidence(tx, claimId));
      if (!check.ok) {
        return fieldFailure(
          'decision',
          `${check.message} The evidence changed since the verdict was proposed, so it cannot be published now: send it back, or add the evidence first.`,
        );
      }
    }

    const now = new Date();
    const state = STATE_OF[decision];
    await tx.verdictRevision.update({
      where: { id: revision.id },
      data: {
        reviewState: state,
        reviewedById: actor.id,
        reviewedAt: now,
        reviewComment: comment === '' ? null : comment,
      },
    });
    const rating = applies
      ? {
          verdict: revision.verdict,
          confidence: revision.confidence,
          rationale: revision.rationale,
        }
      : {};
    const after = {
      ...before,
      ...rating,
      version: before.version + 1,
      updatedAt: nextUpdatedAt(before.updatedAt),
    };
    await tx.claim.update({
      where: { id: claimId, version, deletedAt: null },
      data: {
        ...(applies
          ? { ...rating, verdictRank: verdictInfo(revision.verdict).rank, pendingRevisionId: null }
          : {}),
        updatedById: actor.id,
        updatedAt: after.updatedAt,
        version: after.version,
      },
    });
    const action = ACTION_OF[decision];
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action,
      entityType: 'claim',
      entityId: claimId,
      before,
      after: { ...after, revisionId: revision.id, reviewState: state, reviewComment: comment },
    });
    // The stage follows, through the desk's own stage move (rule, guard, audit, notification).
    const nextStage =
      decision === 'send_back'
        ? before.stage === 'in_review' || before.stage === 'ready'
          ? 'researching'
          : null
        : before.stage === 'in_review'
          ? 'ready'
          : null;
    let finalVersion = after.version;
    if (nextStage) {
      const moved = await moveClaimStage(tx, actor, {
        id: claimId,
        version: after.version,
        stage: nextStage,
        reason: '',
      });
      if (!moved.ok) rollback(moved);
      finalVersion = moved.value.version;
    }
    const told = new Set([revision.createdById, before.assigneeId]);
    for (const userId of told) {
      if (userId === null) continue;
      await notify(tx, {
        userId,
        kind: decision === 'send_back' ? 'sent_back' : 'approved',
        claimId,
        actorId: actor.id,
        detail: comment,
        // After the stage move: its audit event told followers too; one notification for both.
        about: nextStage ? [action, 'claim.stage'] : action,
      });
    }

    return ok({ id: claimId, version: finalVersion, decision, state });
  });
}

import 'server-only';
import { runMutation, type Tx } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { claimConflict, claimDeleted, claimNotFound } from '@/lib/claims/claim-state';
import { publishedAtFor } from '@/lib/claims/publish-claim';
import type { ClaimSaved } from '@/lib/claims/types';
import type { Stage } from '@/lib/domain/stages';
import { notify } from '@/lib/notifications/notify';
import { changeStageSchema } from '@/lib/validation/workflow-input';
import {
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { readDeskState } from './desk-state';
import { planStageChange } from './stage-rules';

/**
 * Moves a claim to another stage (the claim's page, a board card's menu, bulk actions). One
 * audited mutation with the version guard; the stage decides what readers see (stage-rules.ts),
 * and asking for review (In review) tells the reviewer.
 */
export async function changeStage(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<ClaimSaved>> {
  assertRole(actor, 'editor');
  const parsed = changeStageSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);

  return runMutation((tx) => moveClaimStage(tx, actor, parsed.data));
}

/**
 * The stage move itself, inside the caller's transaction: changeStage's, or a review decision's
 * (lib/review), which moves the claim with the same rule, guard, audit event and notification.
 * A refusal writes nothing here; a caller that wrote before it rolls back. `alsoAbout`: the
 * caller's own audit actions of the same decision, so the reviewer asked is told once.
 */
export async function moveClaimStage(
  tx: Tx,
  actor: Actor,
  { id, version, stage, reason }: { id: number; version: number; stage: Stage; reason: string },
  alsoAbout: readonly string[] = [],
): Promise<MutationResult<ClaimSaved>> {
  const before = await readDeskState(tx, id);
  if (!before) return claimNotFound();
  if (before.deletedAt) return claimDeleted();
  const plan = planStageChange({
    from: before.stage,
    to: stage,
    reason,
    reviewerId: before.reviewerId,
  });
  if (!plan.ok) return fieldFailure(plan.field, plan.message);

  const now = new Date();
  const guarded = await tx.claim.updateMany({
    where: { id, version, deletedAt: null },
    data: {
      stage: plan.stage,
      stageChangedAt: now,
      archiveReason: plan.archiveReason,
      status: plan.status,
      publishedAt: publishedAtFor(plan.status, before.publishedAt, now),
      updatedById: actor.id,
      version: { increment: 1 },
    },
  });
  if (guarded.count === 0) return claimConflict(tx, id, version, { status: plan.status });
  const after = await readDeskState(tx, id);
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: 'claim.stage',
    entityType: 'claim',
    entityId: id,
    before,
    after,
  });
  if (plan.stage === 'in_review' && before.reviewerId) {
    await notify(tx, {
      userId: before.reviewerId,
      kind: 'review_requested',
      claimId: id,
      actorId: actor.id,
      about: ['claim.stage', ...alsoAbout],
    });
  }
  return ok({ id, version: after?.version ?? version + 1, changed: true });
}

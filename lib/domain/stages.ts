import type { ClaimStatus } from './claims';

/**
 * The desk's workflow stages, in the order a claim normally moves through them. Readers never
 * see a stage: `status` alone decides what they see, and it follows the stage (publishedStatus).
 */
export const STAGES = [
  'new',
  'researching',
  'in_review',
  'ready',
  'published',
  'archived',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  new: 'New',
  researching: 'Researching',
  in_review: 'In review',
  ready: 'Ready',
  published: 'Published',
  archived: 'Archived',
};

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** A claim is public exactly when its stage is Published (archived claims never are). */
export function statusForStage(stage: Stage): ClaimStatus {
  return stage === 'published' ? 'published' : 'draft';
}

/**
 * The stage a claim moves to when its status is set directly (Publish / Unpublish buttons, an
 * import row's status): publishing is stage Published; unpublishing takes a published claim back
 * to Ready (it had been ready to go out), and leaves any other stage as it is.
 */
export function stageForStatus(status: ClaimStatus, current: Stage): Stage {
  if (status === 'published') return 'published';
  return current === 'published' ? 'ready' : current;
}

/** The people on a claim: who checks it, who reviews it. */
export const DESK_ROLES = ['assignee', 'reviewer'] as const;
export type DeskRole = (typeof DESK_ROLES)[number];

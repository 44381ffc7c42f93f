import type { DeskRole } from '@/lib/domain/stages';

export interface AssignmentInput {
  role: DeskRole;
  userId: string | null;
  assigneeId: string | null;
  reviewerId: string | null;
}

export type AssignmentPlan =
  | { ok: true; changed: boolean; assigneeId: string | null; reviewerId: string | null }
  | { ok: false; message: string };

/**
 * The one rule for who is on a claim, used by the claim's page, the board and bulk actions: an
 * assignee checks it and a reviewer — another editor — gives it the second pair of eyes, so one
 * person cannot hold both roles.
 */
export function planAssignment(input: AssignmentInput): AssignmentPlan {
  const next = {
    assigneeId: input.role === 'assignee' ? input.userId : input.assigneeId,
    reviewerId: input.role === 'reviewer' ? input.userId : input.reviewerId,
  };
  if (next.assigneeId && next.assigneeId === next.reviewerId) {
    return {
      ok: false,
      message:
        input.role === 'reviewer'
          ? 'The reviewer must be another editor than the one checking the claim.'
          : 'This editor is the claim’s reviewer; choose another reviewer first.',
    };
  }
  const changed = next.assigneeId !== input.assigneeId || next.reviewerId !== input.reviewerId;
  return { ok: true, changed, ...next };
}

import type { Actor, Role } from '@/lib/auth/actor';

/**
 * The rules of second-editor review (issue 13), as pure functions: the verdict save
 * (lib/claims/change-verdict.ts) and the review decisions (review-verdict.ts,
 * request-review.ts) all call these, so every path judges alike.
 */

/** What becomes of a verdict save: applied now, waiting for review, or published by an admin. */
export type ReviewRoute = 'applied' | 'pending' | 'bypassed';

/** A save's outcome: a route, or a proposal taken back (`withdrawsProposal`). */
export type VerdictOutcome = ReviewRoute | 'withdrawn';

type Rating = { verdict: string; confidence: string; rationale: string };

/**
 * Whether a save only takes back the open proposal: it submits exactly the rating readers see
 * (the claim's columns). Nothing new is claimed, so nothing waits for review or joins the
 * history; the proposal is superseded.
 */
export function withdrawsProposal(hasOpen: boolean, published: Rating, submitted: Rating): boolean {
  return (
    hasOpen &&
    published.verdict === submitted.verdict &&
    published.confidence === submitted.confidence &&
    published.rationale === submitted.rationale
  );
}

export const BYPASS_REFUSED =
  'Only an admin can publish a verdict without review. Remove the reason: the verdict will wait for a second editor’s approval.';

export const SELF_REVIEW_REFUSED =
  'You proposed this verdict, so someone else must review it: a verdict becomes public only after a second editor approves it.';

export const SEND_BACK_NEEDS_COMMENT =
  'Say what needs fixing: a comment is required to send a verdict back.';

export const BYPASS_NEEDS_REASON =
  'Give the reason to publish without review: it is kept and shown in the audit log.';

/** Whether `role` may publish a verdict without a second editor's review, with a reason. */
export function mayBypassReview(role: Role): boolean {
  return role === 'admin';
}

/** Why `role` may not give `bypassReason` at all, or null: editors cannot bypass review. */
export function bypassRefusal(role: Role, bypassReason: string | null): string | null {
  return bypassReason !== null && !mayBypassReview(role) ? BYPASS_REFUSED : null;
}

/**
 * Whether a verdict save needs review: the desk's review is on, the verdict is not Unverified
 * (withdrawing a rating to Unverified claims nothing, so it applies at once) and it is not an
 * admin's bypass (`bypassReason`, already refused for editors).
 */
export function reviewRoute(
  reviewOn: boolean,
  verdict: string,
  bypassReason: string | null,
): ReviewRoute {
  if (!reviewOn || verdict === 'unverified') return 'applied';
  return bypassReason === null ? 'pending' : 'bypassed';
}

/**
 * Who may approve or send back a revision: any editor or admin but its author. An admin who
 * wants to publish their own verdict without review bypasses it with a written reason instead.
 */
export function reviewerRefusal(actor: Actor, authorId: string | null): string | null {
  return authorId !== null && authorId === actor.id ? SELF_REVIEW_REFUSED : null;
}

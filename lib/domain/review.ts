/**
 * Second-editor review of verdicts (issue 13): the states of a verdict revision. A verdict other
 * than Unverified, saved while the desk's review setting is on, waits as a `pending` revision
 * (Claim.pendingRevisionId) and reaches the claim's verdict columns — what readers see — only
 * when someone other than its author approves it, or an admin publishes it without review with a
 * written reason. The database refuses any change to a settled revision.
 */
export const REVIEW_STATES = [
  /** Written straight to the claim: review off, Unverified, an import. */
  'applied',
  /** Waiting for a second editor. */
  'pending',
  /** The reviewer returned it with a comment; the author fixes and asks again. */
  'sent_back',
  /** Replaced by a later save before anyone approved it. */
  'superseded',
  /** Approved by someone other than its author, and applied. */
  'approved',
  /** Applied by an admin without review, with a written reason (`reviewComment`). */
  'bypassed',
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** The revisions readers see in a claim's history, the feed, the API and exports. */
export const PUBLIC_REVIEW_STATES = [
  'applied',
  'approved',
  'bypassed',
] as const satisfies readonly ReviewState[];

/** Revisions still open: the claim's pending revision is in one of these. */
export const OPEN_REVIEW_STATES = [
  'pending',
  'sent_back',
] as const satisfies readonly ReviewState[];

export function isPublicReviewState(state: string): boolean {
  return (PUBLIC_REVIEW_STATES as readonly string[]).includes(state);
}

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  applied: 'Applied',
  pending: 'Awaiting review',
  sent_back: 'Sent back',
  superseded: 'Superseded',
  approved: 'Approved',
  bypassed: 'Published without review',
};

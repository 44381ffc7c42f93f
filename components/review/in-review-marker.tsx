/**
 * The small marker on a board card or a My desk row whose claim has a verdict proposal open
 * (waiting for review, or sent back): read from Claim.pendingRevisionId, no extra query.
 */
export function InReviewMarker() {
  return (
    <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-900 dark:text-amber-100">
      Verdict awaiting review
    </span>
  );
}

import { REVIEW_STATE_LABELS, type ReviewState } from '@/lib/domain/review';

const TAG: Record<ReviewState, string> = {
  applied: 'bg-stone-100 text-stone-800 dark:bg-zinc-800 dark:text-zinc-200',
  pending: 'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-100',
  sent_back: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
  superseded: 'bg-stone-100 text-stone-700 dark:bg-zinc-800 dark:text-zinc-300',
  approved: 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200',
  bypassed: 'bg-blue-100 text-blue-900 dark:bg-sky-950 dark:text-sky-200',
};

const COMMENT_LABEL: Partial<Record<ReviewState, string>> = {
  sent_back: 'Reviewer’s comment',
  bypassed: 'Published without review because',
};

/**
 * A revision's second-editor review in the editors' verdict history: its state (readers see only
 * applied, approved and bypassed ones) and the reviewer's comment or the admin's reason.
 */
export function RevisionReview({ state, comment }: { state: ReviewState; comment: string | null }) {
  return (
    <>
      <p className="mt-1">
        <span className="sr-only">Review: </span>
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${TAG[state]}`}>
          {REVIEW_STATE_LABELS[state]}
        </span>
      </p>
      {comment ? (
        <p className="mt-1 whitespace-pre-line">
          <strong>{COMMENT_LABEL[state] ?? 'Review comment'}:</strong> {comment}
        </p>
      ) : null}
    </>
  );
}

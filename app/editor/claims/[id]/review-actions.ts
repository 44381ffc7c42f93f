'use server';

import { redirect } from 'next/navigation';
import { requestVerdictReview } from '@/lib/review/request-review';
import { reviewVerdict } from '@/lib/review/review-verdict';
import { field, fieldValues, savedToken, type EditorFormState } from '../../form-state';
import { revalidateClaim, runClaimAction } from '../claim-action';

/*
 * The claim page's review panel (components/review): asking for review, and a second editor's
 * decision on the open verdict revision. Thin, like desk-actions.ts: the actor inside each action
 * → lib/review's use case (which checks who may do it, validates and guards the version) →
 * revalidate → redirect outside any try, back to the verdict section with what was done
 * (`review=`), so every form on the page reloads at the new version.
 */

/** What the page says after each action (app/editor/claims/[id]/page.tsx). */
export type ReviewDone = 'requested' | 'approved' | 'sent_back' | 'bypassed';

function back(id: number, done: ReviewDone): never {
  revalidateClaim(id);
  redirect(`/editor/claims/${id}?review=${done}&s=${savedToken()}#verdict`);
}

const DONE: Record<string, ReviewDone> = {
  approve: 'approved',
  send_back: 'sent_back',
  bypass: 'bypassed',
};

/**
 * Approves the open revision, sends it back with a comment, or (admins) publishes it without
 * review with a reason: the button pressed names the `decision`, the use case checks the rest.
 */
export async function reviewVerdictAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  // `version` and `decision` are echoed so each form knows the answer is its own (answer-for.ts).
  const values = fieldValues(formData, ['comment', 'version', 'decision']);
  const outcome = await runClaimAction(values, (actor) =>
    reviewVerdict(actor, {
      claimId: field(formData, 'claimId'),
      version: values.version,
      revisionId: field(formData, 'revisionId'),
      decision: values.decision,
      comment: values.comment,
    }),
  );
  if (!('id' in outcome)) return outcome;
  back(outcome.id, DONE[values.decision ?? ''] ?? 'approved');
}

/** Asks the claim's reviewer to review its open verdict revision (again, after a send-back). */
export async function requestReviewAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, ['version']);
  const outcome = await runClaimAction(values, (actor) =>
    requestVerdictReview(actor, { claimId: field(formData, 'claimId'), version: values.version }),
  );
  if (!('id' in outcome)) return outcome;
  back(outcome.id, 'requested');
}

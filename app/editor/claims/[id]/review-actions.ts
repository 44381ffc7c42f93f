'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/current-user';
import { requestVerdictReview } from '@/lib/review/request-review';
import { reviewVerdict } from '@/lib/review/review-verdict';
import type { MutationResult } from '@/lib/validation/mutation-result';
import {
  SIGN_IN_TO_EDIT,
  failureState,
  field,
  fieldValues,
  messageState,
  refusedState,
  savedToken,
  type EditorFormState,
} from '../../form-state';

/*
 * The claim page's review panel (components/review): asking for review, and a second editor's
 * decision on the open verdict revision. Thin, like desk-actions.ts: the actor inside each action
 * → lib/review's use case (which checks who may do it, validates and guards the version) →
 * revalidate → redirect outside any try, back to the verdict section with what was done
 * (`review=`), so every form on the page reloads at the new version.
 */

/** What the page says after each action (app/editor/claims/[id]/page.tsx). */
export type ReviewDone = 'requested' | 'approved' | 'sent_back' | 'bypassed';

function revalidateClaim(id: number) {
  // An approval or a bypass changes what readers see; a stage move may change the desk lists.
  revalidatePath('/claims');
  revalidatePath(`/claims/${id}`);
  revalidatePath('/editor');
  revalidatePath('/editor/claims');
  revalidatePath(`/editor/claims/${id}`);
  revalidatePath('/');
}

async function run(
  values: Record<string, string>,
  save: (
    actor: NonNullable<Awaited<ReturnType<typeof getCurrentActor>>>,
  ) => Promise<MutationResult<{ id: number }>>,
): Promise<EditorFormState | { id: number }> {
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = await save(actor);
    if (!result.ok) return failureState(result, values);
    return { id: result.value.id };
  } catch (error) {
    return refusedState(error, values);
  }
}

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
  const outcome = await run(values, (actor) =>
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
  const outcome = await run(values, (actor) =>
    requestVerdictReview(actor, { claimId: field(formData, 'claimId'), version: values.version }),
  );
  if (!('id' in outcome)) return outcome;
  back(outcome.id, 'requested');
}

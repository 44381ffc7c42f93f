'use server';

import { redirect } from 'next/navigation';
import { assignClaim } from '@/lib/workflow/assign-claim';
import { changeStage } from '@/lib/workflow/change-stage';
import { followClaim } from '@/lib/workflow/follow-claim';
import { field, fieldValues, savedToken, type EditorFormState } from '../../form-state';
import { revalidateClaim, runClaimAction } from '../claim-action';

/*
 * The claim page's desk panel (components/desk-panel): stage, assignee and reviewer, following.
 * Thin, like app/editor/claims/actions.ts: the actor inside each action → the workflow's use
 * case (the one path the board and bulk actions share) → revalidate → redirect outside any try,
 * back to the panel with what was done (`desk=`), so every form on the page reloads at the new
 * version.
 */

/** What the panel says after each action (components/desk-panel/desk-panel.tsx). */
export type DeskSaved = 'stage' | 'assign' | 'follow' | 'unfollow';

function back(id: number, saved: DeskSaved): never {
  revalidateClaim(id);
  redirect(`/editor/claims/${id}?desk=${saved}&s=${savedToken()}#desk`);
}

/** Moves the claim to another stage; `reason` is needed (only) to archive. */
export async function changeStageAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  // `version` is echoed so the panel knows which version an answer was for (answer-for.ts).
  const values = fieldValues(formData, ['stage', 'reason', 'version']);
  const outcome = await runClaimAction(values, (actor) =>
    changeStage(actor, {
      id: field(formData, 'id'),
      version: values.version,
      stage: values.stage,
      reason: values.reason,
    }),
  );
  if (!('id' in outcome)) return outcome;
  back(outcome.id, 'stage');
}

/**
 * Sets the assignee or reviewer: the chosen editor (`intent` assign), yourself (`intent` me:
 * the "Assign me" button) or nobody (`intent` unassign).
 */
export async function assignClaimAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, ['userId', 'version']);
  const intent = field(formData, 'intent');
  const outcome = await runClaimAction(values, (actor) =>
    assignClaim(actor, {
      id: field(formData, 'id'),
      version: values.version,
      role: field(formData, 'role'),
      userId: intent === 'me' ? actor.id : intent === 'unassign' ? '' : values.userId,
    }),
  );
  if (!('id' in outcome)) return outcome;
  back(outcome.id, 'assign');
}

/** Follows or unfollows the claim for the signed-in editor. */
export async function followClaimAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const follow = field(formData, 'follow');
  const outcome = await runClaimAction({}, (actor) =>
    followClaim(actor, { id: field(formData, 'id'), follow }),
  );
  if (!('id' in outcome)) return outcome;
  back(outcome.id, follow === 'true' ? 'follow' : 'unfollow');
}

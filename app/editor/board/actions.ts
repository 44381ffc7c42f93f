'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/current-user';
import { boardHref, parseBoardQuery } from '@/lib/desk/board-query';
import { changeStage } from '@/lib/workflow/change-stage';
import {
  SIGN_IN_TO_EDIT,
  failureState,
  field,
  fieldValues,
  messageState,
  refusedState,
  type EditorFormState,
} from '../form-state';

const MOVE_FIELDS = ['stage', 'reason'] as const;

/**
 * A board card's "Move" form: the one stage change (lib/workflow/change-stage.ts, audited and
 * version-guarded) at the version the board showed. Refusals (a reason missing, a conflict) come
 * back to the card; a move goes back to the board with its filters and says what moved.
 */
export async function moveCardAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, MOVE_FIELDS);
  const filters = parseBoardQuery(
    Object.fromEntries(new URLSearchParams(field(formData, 'filters')).entries()),
  );
  let moved: { id: number; stage: string };
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = await changeStage(actor, {
      id: field(formData, 'id'),
      version: field(formData, 'version'),
      stage: values.stage,
      reason: values.reason,
    });
    if (!result.ok) return failureState(result, values);
    moved = { id: result.value.id, stage: values.stage ?? '' };
  } catch (error) {
    return refusedState(error, values);
  }
  revalidatePath('/claims');
  revalidatePath(`/claims/${moved.id}`);
  revalidatePath(`/editor/claims/${moved.id}`);
  redirect(boardHref(filters, { moved: String(moved.id), to: moved.stage }));
}

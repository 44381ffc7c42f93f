'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentActor } from '@/lib/auth/current-user';
import { deleteView, renameView, saveView } from '@/lib/desk/saved-views';
import {
  SIGN_IN_TO_EDIT,
  failureState,
  field,
  fieldValues,
  messageState,
  refusedState,
  type EditorFormState,
} from '../form-state';

/*
 * Saved views of the editors' list: save the filters in force under a name, rename or delete
 * one's own. Thin: the actor is resolved here; lib/desk/saved-views.ts checks, validates, writes.
 */

/** The saved-view forms' answer; `saved` tells a success (shown as a status, not an error). */
export interface SavedViewFormState extends EditorFormState {
  saved?: boolean;
}

function revalidateViews() {
  revalidatePath('/editor/claims');
  revalidatePath('/editor');
}

export async function saveViewAction(
  _previous: SavedViewFormState,
  formData: FormData,
): Promise<SavedViewFormState> {
  const values = fieldValues(formData, ['name', 'query']);
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = await saveView(actor, values);
    if (!result.ok) return failureState(result, values);
    revalidateViews();
    return { ...messageState(`View “${result.value.name}” saved.`), saved: true };
  } catch (error) {
    return refusedState(error, values);
  }
}

/** Renames (`intent` rename) or deletes (`intent` delete) one of the caller's views. */
export async function changeViewAction(
  _previous: SavedViewFormState,
  formData: FormData,
): Promise<SavedViewFormState> {
  const values = fieldValues(formData, ['id', 'name']);
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    if (field(formData, 'intent') === 'delete') {
      const result = await deleteView(actor, { id: values.id });
      if (!result.ok) return failureState(result, values);
      revalidateViews();
      return { ...messageState('View deleted.'), saved: true };
    }
    const result = await renameView(actor, values);
    if (!result.ok) return failureState(result, values);
    revalidateViews();
    return { ...messageState(`View renamed to “${result.value.name}”.`), saved: true };
  } catch (error) {
    return refusedState(error, values);
  }
}

'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  SIGN_IN_TO_EDIT,
  failureState,
  field,
  fieldValues,
  messageState,
  refusedState,
  savedToken,
  type EditorFormState,
} from '@/app/editor/form-state';
import { getCurrentActor } from '@/lib/auth/current-user';
import { createNote } from '@/lib/notes/create-note';
import { deleteNote } from '@/lib/notes/delete-note';
import { editNote } from '@/lib/notes/edit-note';

/*
 * The editors' note actions: who is calling, resolved here (actions are public POST endpoints)
 * → the use case in lib/notes, which checks the role and the note's rules → back to the claim's
 * editing page. Notes are never on a reader's page, so only that page is revalidated.
 */

function backToNotes(claimId: number, done: 'added' | 'edited' | 'deleted'): never {
  revalidatePath(`/editor/claims/${claimId}`);
  redirect(`/editor/claims/${claimId}?note=${done}&s=${savedToken()}#notes`);
}

export async function addNoteAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, ['body', 'citationId']);
  let claimId: number;
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = await createNote(actor, { ...values, claimId: field(formData, 'claimId') });
    if (!result.ok) return failureState(result, values);
    claimId = result.value.claimId;
  } catch (error) {
    return refusedState(error, values);
  }
  backToNotes(claimId, 'added');
}

export async function editNoteAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, ['body']);
  let claimId: number;
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = await editNote(actor, { ...values, id: field(formData, 'id') });
    if (!result.ok) return failureState(result, values);
    claimId = result.value.claimId;
  } catch (error) {
    return refusedState(error, values);
  }
  backToNotes(claimId, 'edited');
}

export async function deleteNoteAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  let claimId: number;
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT);
    const result = await deleteNote(actor, { id: field(formData, 'id') });
    if (!result.ok) return failureState(result, {});
    claimId = result.value.claimId;
  } catch (error) {
    return refusedState(error);
  }
  backToNotes(claimId, 'deleted');
}

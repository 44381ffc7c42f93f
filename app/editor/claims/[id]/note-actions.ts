'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { field, fieldValues, savedToken, type EditorFormState } from '@/app/editor/form-state';
import { createNote } from '@/lib/notes/create-note';
import { deleteNote } from '@/lib/notes/delete-note';
import { editNote } from '@/lib/notes/edit-note';
import { runClaimAction } from '../claim-action';

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
  const outcome = await runClaimAction(values, (actor) =>
    createNote(actor, { ...values, claimId: field(formData, 'claimId') }),
  );
  if (!('claimId' in outcome)) return outcome;
  backToNotes(outcome.claimId, 'added');
}

export async function editNoteAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, ['body']);
  const outcome = await runClaimAction(values, (actor) =>
    editNote(actor, { ...values, id: field(formData, 'id') }),
  );
  if (!('claimId' in outcome)) return outcome;
  backToNotes(outcome.claimId, 'edited');
}

export async function deleteNoteAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const outcome = await runClaimAction(undefined, (actor) =>
    deleteNote(actor, { id: field(formData, 'id') }),
  );
  if (!('claimId' in outcome)) return outcome;
  backToNotes(outcome.claimId, 'deleted');
}

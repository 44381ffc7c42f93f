'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/current-user';
import { createSource } from '@/lib/sources/create-source';
import { SOURCE_FORM_FIELDS } from '../form-fields';
import {
  SIGN_IN_TO_EDIT,
  failureState,
  field,
  fieldValues,
  messageState,
  refusedState,
  type EditorFormState,
} from '../form-state';

/**
 * Adds a source. A link already in the library is answered with that source (`existing`) so the
 * editor cites it instead of adding a duplicate. With `claimId`, goes back to that claim's cite
 * form with the new source chosen.
 */
export async function createSourceAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, SOURCE_FORM_FIELDS);
  const claimId = field(formData, 'claimId');
  let sourceId: number;
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = await createSource(actor, {
      ...values,
      publisherId: values.publisherName?.trim() ? '' : values.publisherId,
    });
    if (!result.ok) return failureState(result, values);
    sourceId = result.value.id;
  } catch (error) {
    return refusedState(error, values);
  }
  revalidatePath('/sources');
  revalidatePath(`/sources/${sourceId}`);
  if (/^\d{1,12}$/.test(claimId)) {
    redirect(`/editor/claims/${claimId}?source=${sourceId}#cite`);
  }
  redirect(`/sources/${sourceId}`);
}

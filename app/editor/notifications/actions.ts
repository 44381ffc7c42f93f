'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/current-user';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notifications/mark-read';
import {
  SIGN_IN_TO_EDIT,
  failureState,
  field,
  messageState,
  refusedState,
  savedToken,
  type EditorFormState,
} from '../form-state';

/*
 * Marking notifications read. Thin: the actor inside each action → the use case, which only ever
 * touches the actor's own rows → revalidate (the header's count is on every page) → redirect back
 * to the list page the editor was on.
 */

/** The list page to come back to: a page number from the form, else the first. */
function backTo(formData: FormData, saved: 'read' | 'all'): never {
  const page = field(formData, 'page');
  const query = /^\d{1,6}$/.test(page) && page !== '1' ? `page=${page}&` : '';
  revalidatePath('/', 'layout');
  redirect(`/editor/notifications?${query}saved=${saved}&s=${savedToken()}`);
}

export async function markNotificationReadAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT);
    const result = await markNotificationRead(actor, { id: field(formData, 'id') });
    if (!result.ok) return failureState(result, {});
  } catch (error) {
    return refusedState(error);
  }
  backTo(formData, 'read');
}

export async function markAllNotificationsReadAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT);
    const result = await markAllNotificationsRead(actor);
    if (!result.ok) return failureState(result, {});
  } catch (error) {
    return refusedState(error);
  }
  backTo(formData, 'all');
}

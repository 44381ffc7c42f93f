'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentActor } from '@/lib/auth/current-user';
import { requestSourceCheck } from '@/lib/watch/request-check';
import {
  SIGN_IN_TO_EDIT,
  failureState,
  field,
  messageState,
  refusedState,
  type EditorFormState,
} from '../form-state';

const CHECK_QUEUED = 'Queued — checked within a minute.';

/**
 * "Check now" on a source's watch panel: the actor is checked here (an action is a public POST
 * endpoint), then the one request-a-check rule (lib/watch/request-check.ts). Answers in the form
 * state; the page stays where it is so the editor sees the message.
 */
export async function checkSourceNowAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  // The id is read by the rule itself (request-check.ts), as strictly as an id in a URL.
  const sourceId = field(formData, 'sourceId');
  let checked: number;
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT);
    const result = await requestSourceCheck(actor, sourceId);
    if (!result.ok) return failureState(result, { sourceId });
    checked = result.value.sourceId;
  } catch (error) {
    return refusedState(error);
  }
  revalidatePath(`/editor/sources/${checked}`);
  return { message: CHECK_QUEUED };
}

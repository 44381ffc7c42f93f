'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentActor } from '@/lib/auth/current-user';
import type { BulkResult } from '@/lib/workflow/bulk-actions';
import { runBulkAction } from '@/lib/workflow/bulk-actions';
import {
  SIGN_IN_TO_EDIT,
  failureState,
  field,
  fieldValues,
  messageState,
  refusedState,
  type EditorFormState,
} from '../form-state';

/** The bulk form's answer: the one form state, and what happened to each claim. */
export interface BulkFormState extends EditorFormState {
  result?: BulkResult;
}

const BULK_FIELDS = ['role', 'userId', 'stage', 'reason', 'tag', 'storyId'] as const;

/**
 * Runs a bulk action on the claims ticked in the editors' list (checkboxes `claim` =
 * "id:version"); the pressed button's `kind` says which. Thin: the actor is resolved here,
 * runBulkAction checks the role, validates and calls the one-claim use cases.
 */
export async function bulkClaimsAction(
  _previous: BulkFormState,
  formData: FormData,
): Promise<BulkFormState> {
  const values = fieldValues(formData, BULK_FIELDS);
  const input = {
    ...values,
    kind: field(formData, 'kind'),
    claims: formData.getAll('claim').filter((v): v is string => typeof v === 'string'),
  };
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = await runBulkAction(actor, input);
    if (!result.ok) return failureState(result, values);
    revalidatePath('/editor/claims');
    revalidatePath('/claims');
    revalidatePath('/');
    return { ...messageState(bulkSummary(result.value), values), result: result.value };
  } catch (error) {
    return refusedState(error, values);
  }
}

function claims(n: number): string {
  return n === 1 ? '1 claim' : `${n} claims`;
}

/** The result's first sentence: how many changed, how many conflicted or were not changed. */
function bulkSummary(result: BulkResult): string {
  const parts = [`${claims(result.succeeded)} ${result.done}.`];
  if (result.unchanged > 0) parts.push(`${claims(result.unchanged)} already so.`);
  if (result.conflicted.length > 0) {
    parts.push(
      `${claims(result.conflicted.length)} changed by someone else meanwhile, left as is.`,
    );
  }
  if (result.failed.length > 0) parts.push(`${claims(result.failed.length)} not changed.`);
  return parts.join(' ');
}

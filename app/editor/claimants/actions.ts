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
import { addClaimantAlias, removeClaimantAlias } from '@/lib/claimants/claimant-aliases';
import { mergeClaimants } from '@/lib/claimants/merge-claimants';

/*
 * The claimant page's actions: the caller resolved here (actions are public POST endpoints), the
 * use case in lib/claimants checks the role and the rules, then back to the claimant's page.
 */

function backTo(claimantId: number, saved: string): never {
  revalidatePath('/editor/claimants');
  revalidatePath(`/editor/claimants/${claimantId}`);
  redirect(`/editor/claimants/${claimantId}?saved=${saved}&s=${savedToken()}`);
}

export async function addAliasAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, ['name']);
  let claimantId: number;
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = await addClaimantAlias(actor, {
      ...values,
      claimantId: field(formData, 'claimantId'),
    });
    if (!result.ok) return failureState(result, values);
    claimantId = result.value.claimantId;
  } catch (error) {
    return refusedState(error, values);
  }
  backTo(claimantId, 'alias-added');
}

export async function removeAliasAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  let claimantId: number;
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT);
    const result = await removeClaimantAlias(actor, {
      claimantId: field(formData, 'claimantId'),
      aliasId: field(formData, 'aliasId'),
    });
    if (!result.ok) return failureState(result, {});
    claimantId = result.value.claimantId;
  } catch (error) {
    return refusedState(error);
  }
  backTo(claimantId, 'alias-removed');
}

export async function mergeClaimantsAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, ['mergeId']);
  let keepId: number;
  let moved: number[];
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = await mergeClaimants(actor, { ...values, keepId: field(formData, 'keepId') });
    if (!result.ok) return failureState(result, values);
    keepId = result.value.keepId;
    moved = result.value.movedClaimIds;
  } catch (error) {
    return refusedState(error, values);
  }
  // The moved claims' reader pages name the kept claimant now.
  revalidatePath('/claims');
  for (const id of moved) {
    revalidatePath(`/claims/${id}`);
    revalidatePath(`/editor/claims/${id}`);
  }
  backTo(keepId, 'merged');
}

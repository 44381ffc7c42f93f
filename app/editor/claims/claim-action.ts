import 'server-only';
import { revalidatePath } from 'next/cache';
import { getCurrentActor } from '@/lib/auth/current-user';
import type { Actor } from '@/lib/auth/actor';
import type { MutationResult } from '@/lib/validation/mutation-result';
import {
  SIGN_IN_TO_EDIT,
  failureState,
  messageState,
  refusedState,
  type EditorFormState,
} from '../form-state';

/*
 * What the claim page's server actions share (actions.ts, [id]/desk-actions.ts,
 * [id]/review-actions.ts, [id]/note-actions.ts): the caller read inside the action, the use case's answer turned into
 * the one form state, and the pages a claim's change touches revalidated. Not a 'use server'
 * module: nothing here is callable from the browser by itself.
 */

/**
 * Runs `save` as the signed-in editor: the form state of a refusal (not signed in, a field or
 * rule refused, an unexpected error told plainly), or what was saved, for the caller's redirect
 * — which must happen outside any try. `values`: what the form sent back, to keep what was typed.
 */
export async function runClaimAction<T extends object>(
  values: Record<string, string> | undefined,
  save: (actor: Actor) => Promise<MutationResult<T>>,
): Promise<EditorFormState | T> {
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = await save(actor);
    if (!result.ok) return failureState(result, values ?? {});
    return result.value;
  } catch (error) {
    return refusedState(error, values);
  }
}

/**
 * The pages a change of claim `id` may change: the reader pages (a save, a stage move or an
 * approved verdict can change what readers see), the editors' list and My desk, and its page.
 */
export function revalidateClaim(id: number): void {
  revalidatePath('/claims');
  revalidatePath(`/claims/${id}`);
  revalidatePath('/editor');
  revalidatePath('/editor/claims');
  revalidatePath(`/editor/claims/${id}`);
  revalidatePath('/');
}

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
import {
  addUnitSynonym,
  createUnit,
  removeUnitSynonym,
  renameUnit,
} from '@/lib/figures/unit-editing';
import type { MutationResult } from '@/lib/validation/mutation-result';

/*
 * The unit list's actions: the caller resolved here (actions are public POST endpoints), the use
 * case in lib/figures/unit-editing.ts checks the role and the one-word-one-unit rule, then back
 * to the list. Readers' charts change with the list, so /claims is revalidated too.
 */

function backToUnits(saved: string, unitId: number): never {
  revalidatePath('/editor/units');
  revalidatePath('/claims');
  redirect(`/editor/units?saved=${saved}&s=${savedToken()}#unit-${unitId}`);
}

async function run(
  formData: FormData,
  names: readonly string[],
  extra: readonly string[],
  call: (
    actor: NonNullable<Awaited<ReturnType<typeof getCurrentActor>>>,
    input: Record<string, string>,
  ) => Promise<MutationResult<{ unitId: number }>>,
): Promise<EditorFormState | { unitId: number }> {
  const values = fieldValues(formData, names);
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const input = { ...values, ...Object.fromEntries(extra.map((n) => [n, field(formData, n)])) };
    const result = await call(actor, input);
    if (!result.ok) return failureState(result, values);
    return { unitId: result.value.unitId };
  } catch (error) {
    return refusedState(error, values);
  }
}

const done = (outcome: EditorFormState | { unitId: number }): outcome is { unitId: number } =>
  'unitId' in outcome;

export async function createUnitAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const outcome = await run(formData, ['name'], [], createUnit);
  if (!done(outcome)) return outcome;
  backToUnits('unit-added', outcome.unitId);
}

export async function renameUnitAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const outcome = await run(formData, ['name'], ['unitId', 'updatedAt'], renameUnit);
  if (!done(outcome)) return outcome;
  backToUnits('renamed', outcome.unitId);
}

export async function addSynonymAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const outcome = await run(formData, ['name'], ['unitId'], addUnitSynonym);
  if (!done(outcome)) return outcome;
  backToUnits('synonym-added', outcome.unitId);
}

export async function removeSynonymAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const outcome = await run(formData, [], ['unitId', 'synonymId'], removeUnitSynonym);
  if (!done(outcome)) return outcome;
  backToUnits('synonym-removed', outcome.unitId);
}

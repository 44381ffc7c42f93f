'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/current-user';
import type { Actor } from '@/lib/auth/actor';
import { addStoryClaims } from '@/lib/stories/add-story-claims';
import { createStory } from '@/lib/stories/create-story';
import { deleteStory } from '@/lib/stories/delete-story';
import { moveStoryClaim } from '@/lib/stories/move-story-claim';
import { publishStory, unpublishStory } from '@/lib/stories/publish-story';
import { removeStoryClaims } from '@/lib/stories/remove-story-claims';
import { STORY_CLAIM_OUTCOME_TEXT } from '@/lib/stories/story-rules';
import { updateStory } from '@/lib/stories/update-story';
import type { MutationResult } from '@/lib/validation/mutation-result';
import { STORY_FORM_FIELDS } from '../form-fields';
import {
  SIGN_IN_TO_EDIT,
  failureState,
  field,
  fieldValues,
  messageState,
  refusedState,
  savedToken,
  type EditorFormState,
} from '../form-state';

/*
 * The story pages' server actions: thin — who is calling (inside each action), the form's
 * fields, one use case (lib/stories), the one form state back, then revalidate and redirect
 * outside any try.
 */

async function run<T>(
  values: Record<string, string>,
  save: (actor: Actor) => Promise<MutationResult<T>>,
): Promise<EditorFormState | { saved: T }> {
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = await save(actor);
    if (!result.ok) return failureState(result, values);
    return { saved: result.value };
  } catch (error) {
    return refusedState(error, values);
  }
}

/** Pages a story's change may change: its readers' pages, the lists, its claims' pages. */
function revalidateStory(slug: string, id: number): void {
  revalidatePath('/stories');
  revalidatePath(`/stories/${encodeURIComponent(slug)}`);
  revalidatePath('/editor/stories');
  revalidatePath(`/editor/stories/${id}`);
  revalidatePath('/claims/[id]', 'page');
}

export async function createStoryAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, STORY_FORM_FIELDS);
  const answer = await run(values, (actor) => createStory(actor, values));
  if (!('saved' in answer)) return answer;
  revalidateStory(answer.saved.slug, answer.saved.id);
  redirect(`/editor/stories/${answer.saved.id}?s=${savedToken()}`);
}

export async function updateStoryAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, STORY_FORM_FIELDS);
  const id = field(formData, 'id');
  const answer = await run(values, (actor) =>
    updateStory(actor, { ...values, id, version: field(formData, 'version') }),
  );
  if (!('saved' in answer)) return answer;
  revalidateStory(answer.saved.slug, answer.saved.id);
  redirect(`/editor/stories/${answer.saved.id}?s=${savedToken()}`);
}

/**
 * Adds claims by id (the story page's field, a search result's button, a claim page's panel).
 * The per-claim outcome is the answer's message; `back` says which page to return to.
 */
export async function addStoryClaimsAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, ['claimIds']);
  const version = field(formData, 'version');
  const answer = await run(values, (actor) =>
    addStoryClaims(actor, {
      storyId: field(formData, 'storyId'),
      claimIds: values.claimIds,
      ...(version ? { version } : {}),
    }),
  );
  if (!('saved' in answer)) return answer;
  const { saved } = answer;
  revalidateStory(saved.slug, saved.storyId);
  const message = saved.outcomes
    .map((o) => `#${o.claimId} ${STORY_CLAIM_OUTCOME_TEXT[o.outcome]}`)
    .join('; ');
  return { ...messageState(`${message}.`), values: { claimIds: '' } };
}

/** One button's action (remove, move, publish, delete): the answer travels in the URL. */
async function buttonAction(
  formData: FormData,
  save: (actor: Actor, storyId: string) => Promise<MutationResult<{ slug: string }>>,
  done: string,
  doneTarget?: string,
): Promise<never> {
  const storyId = field(formData, 'storyId');
  const back = field(formData, 'back');
  const target = /^\/editor\/(stories|claims)\/\d{1,12}$/.test(back)
    ? back
    : `/editor/stories/${/^\d{1,12}$/.test(storyId) ? storyId : ''}`;
  const answer = await run({}, (actor) => save(actor, storyId));
  if ('saved' in answer) {
    revalidateStory(answer.saved.slug, Number(storyId));
    redirect(`${doneTarget ?? target}?m=${encodeURIComponent(done)}`);
  }
  redirect(`${target}?m=${encodeURIComponent(answer.message ?? 'Not saved.')}`);
}

export async function removeStoryClaimAction(formData: FormData): Promise<void> {
  await buttonAction(
    formData,
    (actor, storyId) =>
      removeStoryClaims(actor, {
        storyId,
        claimIds: field(formData, 'claimId'),
        ...(field(formData, 'version') ? { version: field(formData, 'version') } : {}),
      }),
    `Claim #${field(formData, 'claimId')} removed from the story.`,
  );
}

export async function moveStoryClaimAction(formData: FormData): Promise<void> {
  await buttonAction(
    formData,
    (actor, storyId) =>
      moveStoryClaim(actor, {
        storyId,
        version: field(formData, 'version'),
        claimId: field(formData, 'claimId'),
        to: field(formData, 'to'),
      }),
    `Claim #${field(formData, 'claimId')} moved to place ${field(formData, 'to')}.`,
  );
}

export async function setStoryStatusAction(formData: FormData): Promise<void> {
  const publish = field(formData, 'status') === 'published';
  await buttonAction(
    formData,
    (actor, id) =>
      (publish ? publishStory : unpublishStory)(actor, { id, version: field(formData, 'version') }),
    publish
      ? 'Story published: readers can see it.'
      : 'Story back to draft: readers no longer see it.',
  );
}

export async function deleteStoryAction(formData: FormData): Promise<void> {
  await buttonAction(
    formData,
    (actor, id) => deleteStory(actor, { id, version: field(formData, 'version') }),
    'Story deleted.',
    '/editor/stories',
  );
}

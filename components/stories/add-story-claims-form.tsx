'use client';

import { useActionState } from 'react';
import type { EditorFormState } from '@/app/editor/form-state';
import { addStoryClaimsAction } from '@/app/editor/stories/actions';
import { secondaryButton } from '@/components/auth/form-styles';
import { TextField } from '@/components/editor/fields';

const INITIAL: EditorFormState = {};

interface Props {
  /** Where the form is: its ids must be unique on the page. */
  form: string;
  /** The story to add to; with `stories`, the editor picks one (a claim's page). */
  storyId?: number;
  stories?: readonly { id: number; title: string }[];
  /** Fixed claim ids (a claim's page, a search result); otherwise a field to type them in. */
  claimIds?: string;
  label: string;
}

/**
 * Adds claims to a story; the answer says what happened to each claim ("#12 added to the
 * story; #13 already in the story").
 */
export function AddStoryClaimsForm({ form, storyId, stories, claimIds, label }: Props) {
  const [state, formAction, pending] = useActionState(addStoryClaimsAction, INITIAL);
  const errors = state.errors ?? {};
  const failed = Boolean(state.errors);
  return (
    <form
      key={state.nonce ?? 'loaded'}
      action={formAction}
      aria-label={label}
      className="flex flex-wrap items-end gap-3 font-sans"
    >
      {storyId ? <input type="hidden" name="storyId" value={storyId} /> : null}
      {stories ? (
        <div>
          <label htmlFor={`${form}-storyId`} className="block text-sm font-semibold">
            Story
          </label>
          <select
            id={`${form}-storyId`}
            name="storyId"
            required
            className="min-h-11 rounded-md border border-stone-400 bg-white px-3 dark:border-zinc-600 dark:bg-zinc-900"
          >
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {claimIds ? (
        <input type="hidden" name="claimIds" value={claimIds} />
      ) : (
        <TextField
          form={form}
          name="claimIds"
          label="Claim numbers"
          errors={errors}
          defaultValue={failed ? (state.values?.claimIds ?? '') : ''}
          hint="One or more, separated by commas or spaces (at most 100)."
        />
      )}
      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? 'Adding…' : label}
      </button>
      <p
        id={`${form}-message`}
        aria-live="polite"
        className={`basis-full text-sm empty:hidden ${failed ? 'font-semibold text-red-800 dark:text-red-300' : 'text-stone-700 dark:text-zinc-300'}`}
      >
        {state.message ?? (claimIds ? null : errors.claimIds?.[0])}
      </p>
    </form>
  );
}

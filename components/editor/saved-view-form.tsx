'use client';

import { useActionState } from 'react';
import { saveViewAction, type SavedViewFormState } from '@/app/editor/claims/saved-view-actions';
import { secondaryButton } from '@/components/auth/form-styles';
import { SAVED_VIEW_NAME_MAX } from '@/lib/desk/saved-view-rules';
import { FormMessage, TextField } from './fields';

const INITIAL: SavedViewFormState = {};
const FORM = 'save-view';

/** Saves the list's filters in force (`query`, the list's canonical query string) under a name. */
export function SavedViewForm({ query }: { query: string }) {
  const [state, formAction, pending] = useActionState(saveViewAction, INITIAL);
  return (
    <form
      key={state.nonce}
      action={formAction}
      aria-label="Save these filters as a view"
      className="flex flex-wrap items-end gap-3"
    >
      <input type="hidden" name="query" value={query} />
      <TextField
        form={FORM}
        name="name"
        label="Save these filters as a view named"
        maxLength={SAVED_VIEW_NAME_MAX}
        defaultValue={state.saved ? '' : state.values?.name}
        errors={state.errors}
      />
      <button type="submit" disabled={pending} className={secondaryButton}>
        Save view
      </button>
      {state.saved ? (
        <p role="status" className="w-full text-sm font-semibold">
          {state.message}
        </p>
      ) : (
        <FormMessage form={FORM} message={state.errors?.name ? undefined : state.message} />
      )}
    </form>
  );
}

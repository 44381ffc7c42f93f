'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { changeViewAction, type SavedViewFormState } from '@/app/editor/claims/saved-view-actions';
import { secondaryButton } from '@/components/auth/form-styles';
import { SAVED_VIEW_NAME_MAX, type SavedViewItem } from '@/lib/desk/saved-view-rules';
import { FormMessage, TextField } from './fields';

const INITIAL: SavedViewFormState = {};
const link = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/** The caller's saved views, each a link to its list, with rename and delete behind a toggle. */
export function SavedViewList({ views }: { views: SavedViewItem[] }) {
  if (views.length === 0) return <p className="text-sm">You have no saved views yet.</p>;
  return (
    <ul aria-label="My saved views" className="space-y-2">
      {views.map((view) => (
        <li key={view.id}>
          <Link href={view.href} className={link}>
            {view.name}
          </Link>
          <ChangeView view={view} />
        </li>
      ))}
    </ul>
  );
}

function ChangeView({ view }: { view: SavedViewItem }) {
  const [state, formAction, pending] = useActionState(changeViewAction, INITIAL);
  const form = `saved-view-${view.id}`;
  return (
    <details className="mt-1 text-sm" open={Boolean(state.errors) || undefined}>
      <summary className="cursor-pointer">Rename or delete “{view.name}”</summary>
      <form
        key={state.nonce}
        action={formAction}
        aria-label={`Rename or delete “${view.name}”`}
        className="mt-2 flex flex-wrap items-end gap-3"
      >
        <input type="hidden" name="id" value={view.id} />
        <TextField
          form={form}
          name="name"
          label="New name"
          maxLength={SAVED_VIEW_NAME_MAX}
          defaultValue={state.values?.name ?? view.name}
          errors={state.errors}
        />
        <button
          type="submit"
          name="intent"
          value="rename"
          disabled={pending}
          className={secondaryButton}
        >
          Rename
        </button>
        <button
          type="submit"
          name="intent"
          value="delete"
          disabled={pending}
          className={secondaryButton}
        >
          Delete
        </button>
        <FormMessage form={form} message={state.errors?.name ? undefined : state.message} />
      </form>
    </details>
  );
}

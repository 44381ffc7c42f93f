'use client';

import { useActionState } from 'react';
import {
  addNoteAction,
  deleteNoteAction,
  editNoteAction,
} from '@/app/editor/claims/[id]/note-actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { FormMessage, SelectField, TextArea } from '@/components/editor/fields';

const INITIAL: EditorFormState = {};

/** What the note form's hint says: the markup and the mention rule, in one place. */
export const NOTE_HINT =
  'Internal: readers never see notes. Up to 5,000 characters. **bold**, lists (lines starting “- ” or “1. ”), links ([text](https://…) or a bare https:// address). Mention an editor with @Name, or @"First Last" in quotes for a name with spaces; they are notified.';

/** Writes a new note on the claim, or on the citation chosen. Works without JavaScript. */
export function AddNoteForm({
  claimId,
  citations,
}: {
  claimId: number;
  citations: { id: number; label: string }[];
}) {
  const [state, formAction, pending] = useActionState(addNoteAction, INITIAL);
  const name = 'note-new';
  const common = { form: name, errors: state.errors ?? {} };
  return (
    <form
      key={state.nonce}
      action={formAction}
      aria-label="Add a note"
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 font-sans dark:border-zinc-800 dark:bg-zinc-900"
    >
      <input type="hidden" name="claimId" value={claimId} />
      <TextArea
        {...common}
        name="body"
        label="New note"
        rows={4}
        hint={NOTE_HINT}
        defaultValue={state.values?.body}
      />
      {citations.length > 0 ? (
        <SelectField
          {...common}
          name="citationId"
          label="About"
          empty="The claim as a whole"
          defaultValue={state.values?.citationId}
          options={citations.map((c) => ({ value: String(c.id), label: c.label }))}
        />
      ) : null}
      <FormMessage form={name} message={state.message} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Adding…' : 'Add note'}
      </button>
    </form>
  );
}

/** Its author's correction, within 10 minutes of writing it: a disclosure holding the form. */
export function EditNoteForm({ noteId, body }: { noteId: number; body: string }) {
  const [state, formAction, pending] = useActionState(editNoteAction, INITIAL);
  const name = `note-${noteId}`;
  return (
    <details className="font-sans text-sm" open={state.message !== undefined}>
      <summary className="cursor-pointer font-semibold">Edit note</summary>
      <form
        key={state.nonce}
        action={formAction}
        aria-label={`Edit note ${noteId}`}
        className="mt-2 space-y-2"
      >
        <input type="hidden" name="id" value={noteId} />
        <TextArea
          form={name}
          errors={state.errors ?? {}}
          name="body"
          label="Note"
          rows={4}
          defaultValue={state.values?.body ?? body}
        />
        <FormMessage form={name} message={state.message} />
        <button type="submit" disabled={pending} className={secondaryButton}>
          Save note
        </button>
      </form>
    </details>
  );
}

/** Deletes a note (softly), behind a confirm step that works without JavaScript. */
export function DeleteNoteForm({ noteId }: { noteId: number }) {
  const [state, formAction, pending] = useActionState(deleteNoteAction, INITIAL);
  return (
    <details className="font-sans text-sm" open={state.message !== undefined}>
      <summary className="cursor-pointer font-semibold">Delete note…</summary>
      <form action={formAction} aria-label={`Delete note ${noteId}`} className="mt-2 space-y-2">
        <input type="hidden" name="id" value={noteId} />
        <p>The note disappears from this page; the audit log keeps it.</p>
        <FormMessage form={`note-${noteId}-delete`} message={state.message} />
        <button type="submit" disabled={pending} className={secondaryButton}>
          Yes, delete this note
        </button>
      </form>
    </details>
  );
}

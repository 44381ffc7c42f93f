'use client';

import { useActionState } from 'react';
import { deleteOrRestoreClaimAction } from '@/app/editor/claims/actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { secondaryButton } from '@/components/auth/form-styles';
import { FormMessage } from './fields';

const INITIAL: EditorFormState = {};

/** Admins: soft-delete (behind a confirm step) or restore the claim, at the loaded version. */
export function DeleteClaimForm({
  claimId,
  version,
  deleted,
}: {
  claimId: number;
  version: number;
  deleted: boolean;
}) {
  const [state, formAction, pending] = useActionState(deleteOrRestoreClaimAction, INITIAL);
  const form = (
    <form action={formAction} className="mt-2 space-y-2">
      <input type="hidden" name="id" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="intent" value={deleted ? 'restore' : 'delete'} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        {deleted ? 'Restore this claim' : 'Yes, delete this claim'}
      </button>
      <FormMessage form="delete-claim" message={state.message} />
    </form>
  );
  if (deleted) return form;
  return (
    <details className="font-sans">
      <summary className="cursor-pointer font-semibold">Delete this claim…</summary>
      <p className="mt-2 text-sm">
        Readers will no longer see it; its history stays and an admin can restore it.
      </p>
      {form}
    </details>
  );
}

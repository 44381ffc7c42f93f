'use client';

import { useActionState } from 'react';
import { followClaimAction } from '@/app/editor/claims/[id]/desk-actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { secondaryButton } from '@/components/auth/form-styles';
import { FormMessage } from '@/components/editor/fields';

const INITIAL: EditorFormState = {};

/** Follow (be told when the claim changes) or stop following it. */
export function FollowForm({ claimId, following }: { claimId: number; following: boolean }) {
  const [state, formAction, pending] = useActionState(followClaimAction, INITIAL);
  return (
    <form action={formAction} aria-label="Following" className="space-y-2">
      <input type="hidden" name="id" value={claimId} />
      <input type="hidden" name="follow" value={following ? 'false' : 'true'} />
      <p className="text-sm">
        {following
          ? 'You follow this claim: you are told when it changes.'
          : 'Follow this claim to be told when it changes.'}
      </p>
      <button type="submit" disabled={pending} className={secondaryButton}>
        {following ? 'Unfollow' : 'Follow'}
      </button>
      <FormMessage form="desk-follow" message={state.message} />
    </form>
  );
}

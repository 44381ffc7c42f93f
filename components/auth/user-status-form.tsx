'use client';

import { useActionState } from 'react';
import {
  disableUserAction,
  enableUserAction,
  type UserStatusState,
} from '@/app/admin/users/actions';
import type { UserStatus } from '@/lib/auth/users/types';
import { secondaryButton } from './form-styles';

const INITIAL: UserStatusState = {};

/**
 * Disable or enable one user. Keyed by status where it is used, so the form (and its action) is
 * new after the status changes.
 */
export function UserStatusForm({
  user,
}: {
  user: { id: string; name: string; status: UserStatus };
}) {
  const disabling = user.status === 'active';
  const [state, formAction, pending] = useActionState(
    disabling ? disableUserAction : enableUserAction,
    INITIAL,
  );
  const feedbackId = `status-${user.id}-feedback`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={user.id} />
      <button
        type="submit"
        disabled={pending}
        aria-describedby={feedbackId}
        className={secondaryButton}
      >
        {disabling ? 'Disable' : 'Enable'}
        <span className="sr-only"> {user.name}</span>
      </button>
      <p id={feedbackId} aria-live="polite" className="w-full text-sm empty:hidden">
        {state.errors?.userId?.[0] ?? state.message}
      </p>
    </form>
  );
}

'use client';

import { useActionState } from 'react';
import { changeRoleAction, type ChangeRoleState } from '@/app/admin/users/actions';
import { ROLES, type Role } from '@/lib/auth/actor';
import { ROLE_LABELS } from '@/lib/auth/role';
import { secondaryButton } from './form-styles';

const INITIAL: ChangeRoleState = {};

/** One row's role control. After the action the select shows the row's stored role again. */
export function UserRoleForm({ user }: { user: { id: string; name: string; role: Role } }) {
  const [state, formAction, pending] = useActionState(changeRoleAction, INITIAL);
  const id = `role-${user.id}`;
  const feedback = state.errors?.role?.[0] ?? state.errors?.userId?.[0] ?? state.message;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={user.id} />
      <label htmlFor={id} className="sr-only">
        Role of {user.name}
      </label>
      <select
        id={id}
        name="role"
        defaultValue={user.role}
        aria-describedby={`${id}-feedback`}
        className="min-h-10 rounded-md border border-stone-300 bg-white px-2 text-sm dark:border-zinc-600 dark:bg-zinc-900"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className={secondaryButton}>
        Change role<span className="sr-only"> of {user.name}</span>
      </button>
      <p id={`${id}-feedback`} aria-live="polite" className="w-full text-sm empty:hidden">
        {feedback}
      </p>
    </form>
  );
}

'use client';

import { useActionState, useState } from 'react';
import { createUserAction, type CreateUserState } from '@/app/admin/users/actions';
import { ROLES, type Role } from '@/lib/auth/actor';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-rules';
import { ROLE_LABELS } from '@/lib/auth/role';
import { control, fieldError, fieldLabel, hint, primaryButton } from './form-styles';

const INITIAL: CreateUserState = {};

/**
 * Creates an account with an initial password, to be passed on to the person. Name, email and
 * role are controlled so a refused attempt keeps them; the password is typed again. On success
 * the action redirects and the page re-mounts this form empty.
 */
export function CreateUserForm() {
  const [state, formAction, pending] = useActionState(createUserAction, INITIAL);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const errors = state.errors ?? {};

  const describedBy = (field: string, extra = '') =>
    `create-user-${field}-error ${extra} create-user-message`.replace(/\s+/g, ' ').trim();

  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby="create-user-heading"
      className="mt-4 max-w-xl space-y-5 rounded-lg border border-stone-200 bg-white p-4 font-sans sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div>
        <label htmlFor="create-user-name" className={fieldLabel}>
          Name
        </label>
        <input
          id="create-user-name"
          name="name"
          autoComplete="off"
          required
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name')}
          className={control}
        />
        <p id="create-user-name-error" aria-live="polite" className={fieldError}>
          {errors.name?.[0]}
        </p>
      </div>
      <div>
        <label htmlFor="create-user-email" className={fieldLabel}>
          Email
        </label>
        <input
          id="create-user-email"
          name="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          maxLength={254}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('email')}
          className={control}
        />
        <p id="create-user-email-error" aria-live="polite" className={fieldError}>
          {errors.email?.[0]}
        </p>
      </div>
      <div>
        <label htmlFor="create-user-role" className={fieldLabel}>
          Role
        </label>
        <select
          id="create-user-role"
          name="role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={describedBy('role', 'create-user-role-hint')}
          className={control}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <p id="create-user-role-hint" className={hint}>
          Editors edit claims and sources; admins also manage users.
        </p>
        <p id="create-user-role-error" aria-live="polite" className={fieldError}>
          {errors.role?.[0]}
        </p>
      </div>
      <div>
        <label htmlFor="create-user-password" className={fieldLabel}>
          Initial password
        </label>
        <input
          id="create-user-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy('password', 'create-user-password-hint')}
          className={control}
        />
        <p id="create-user-password-hint" className={hint}>
          {PASSWORD_MIN_LENGTH} to {PASSWORD_MAX_LENGTH} characters. Pass it on privately.
        </p>
        <p id="create-user-password-error" aria-live="polite" className={fieldError}>
          {errors.password?.[0]}
        </p>
      </div>
      <p
        id="create-user-message"
        aria-live="polite"
        className="font-semibold text-red-800 empty:hidden dark:text-red-300"
      >
        {state.message}
      </p>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Creating…' : 'Create user'}
      </button>
    </form>
  );
}

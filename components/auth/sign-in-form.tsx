'use client';

import { useActionState, useState } from 'react';
import { signInAction, type SignInState } from '@/app/sign-in/actions';
import { control, fieldError, fieldLabel, primaryButton } from './form-styles';

const INITIAL: SignInState = {};

/**
 * The sign-in form. The email is a controlled field so it survives a failed attempt (React
 * resets uncontrolled fields after every action); the password does not, on purpose.
 */
export function SignInForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState(signInAction, INITIAL);
  const [email, setEmail] = useState('');
  const emailError = state.errors?.email?.[0];
  const passwordError = state.errors?.password?.[0];

  return (
    <form
      action={formAction}
      noValidate
      aria-describedby="sign-in-message"
      className="mt-6 max-w-md space-y-5 rounded-lg border border-stone-200 bg-white p-4 font-sans sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="sign-in-email" className={fieldLabel}>
          Email
        </label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          required
          maxLength={254}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={emailError ? true : undefined}
          aria-describedby="sign-in-email-error sign-in-message"
          className={control}
        />
        <p id="sign-in-email-error" aria-live="polite" className={fieldError}>
          {emailError}
        </p>
      </div>
      <div>
        <label htmlFor="sign-in-password" className={fieldLabel}>
          Password
        </label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={128}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby="sign-in-password-error sign-in-message"
          className={control}
        />
        <p id="sign-in-password-error" aria-live="polite" className={fieldError}>
          {passwordError}
        </p>
      </div>
      <p
        id="sign-in-message"
        aria-live="polite"
        className="text-base font-semibold text-red-800 empty:hidden dark:text-red-300"
      >
        {state.message}
      </p>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

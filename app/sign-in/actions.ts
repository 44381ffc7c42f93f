'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { authFor } from '@/lib/auth/auth';
import {
  formFields,
  invalidFormState,
  refusedFormState,
  type FormState,
} from '@/lib/auth/form-state';
import { applySetCookies } from '@/lib/auth/response-cookies';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { SIGN_IN_FAILED, signInThrottledMessage, signInWithPassword } from '@/lib/auth/sign-in';
import { SignInSchema, type SignInField } from '@/lib/auth/sign-in-schema';

export type SignInState = FormState<SignInField>;

export async function signInAction(
  _previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  const parsed = SignInSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidFormState<SignInField>(parsed.error);

  let result: Awaited<ReturnType<typeof signInWithPassword>>;
  try {
    result = await signInWithPassword({
      email: parsed.data.email,
      password: parsed.data.password,
      headers: await headers(),
    });
  } catch (error) {
    return refusedFormState<SignInField>(error);
  }
  if (!result.ok) {
    return {
      message:
        result.reason === 'rate-limited'
          ? signInThrottledMessage(result.retryAfterMs)
          : SIGN_IN_FAILED,
    };
  }
  await applySetCookies(result.setCookies);
  redirect(safeNextPath(parsed.data.next));
}

/** Deletes the session row and the cookie. */
export async function signOutAction(): Promise<void> {
  const requestHeaders = await headers();
  await authFor(requestHeaders).api.signOut({ headers: requestHeaders });
  redirect('/claims');
}

/** The one answer to a failed sign-in: unknown email, wrong password and disabled user alike. */
export const SIGN_IN_FAILED = 'Email or password is incorrect.';

/**
 * The answer while the failed-sign-in limits refuse an attempt: when to try again, rounded up
 * to whole minutes, and not which limit it was (account or address), nor whether the account
 * exists.
 */
export function signInThrottledMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

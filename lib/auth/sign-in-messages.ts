/** The one answer to a failed sign-in: unknown email, wrong password and disabled user alike. */
export const SIGN_IN_FAILED = 'Email or password is incorrect.';
export const SIGN_IN_RATE_LIMITED = 'Too many sign-in attempts. Wait a minute and try again.';

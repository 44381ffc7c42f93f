import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG } from './password-rules';
import { emailSchema } from './users/user-schemas';

/**
 * The sign-in form. No minimum length here: a password shorter than the rule cannot be right,
 * and better-auth answers it like any wrong password. The maximum matches better-auth's, so a
 * longer one gets a clear message instead of a silent mismatch.
 */
export const SignInSchema = z.strictObject({
  email: emailSchema,
  password: z
    .string({ message: 'Enter your password.' })
    .min(1, 'Enter your password.')
    .max(PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG),
  /** Where to go afterwards; sanitised by safeNextPath, never trusted as is. */
  next: z.string().max(2048).optional(),
});

export type SignInField = 'email' | 'password';

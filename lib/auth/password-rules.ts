/**
 * The password length rule, shared by the forms (client and server), the CLI and better-auth's
 * own checks. Kept apart from the hashing (./password.ts) so client components can import it.
 *
 * Lengths are counted as JavaScript counts them (UTF-16 code units), exactly as better-auth's
 * minPasswordLength / maxPasswordLength checks do, so the form, the CLI and sign-in always agree.
 * Argon2 hashes the whole password: nothing is ever truncated.
 */
import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_TOO_SHORT = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
export const PASSWORD_TOO_LONG = `Use at most ${PASSWORD_MAX_LENGTH} characters.`;

/** A new password (admin form, CLI). Never trimmed: spaces are part of a password. */
export const newPasswordSchema = z
  .string({ message: 'Enter a password.' })
  .min(PASSWORD_MIN_LENGTH, PASSWORD_TOO_SHORT)
  .max(PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG);

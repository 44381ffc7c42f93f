/**
 * zod schemas for accounts, shared by the admin page's actions and `npm run user:create`.
 * Strict: a field the schema does not name is an error, not silently dropped.
 */
import { z } from 'zod';
import { ROLES } from '../actor';
import { newPasswordSchema } from '../password-rules';

export const USER_NAME_MAX = 100;
export const EMAIL_MAX = 254;

export const userNameSchema = z
  .string({ message: 'Enter a name.' })
  .trim()
  .min(1, 'Enter a name.')
  .max(USER_NAME_MAX, `Use at most ${USER_NAME_MAX} characters.`);

/** Stored and compared in lower case, as better-auth looks emails up. */
export const emailSchema = z
  .string({ message: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address.')
  .max(EMAIL_MAX, `Use at most ${EMAIL_MAX} characters.`)
  .pipe(z.email('Enter a valid email address, like name@example.org.'));

export const roleSchema = z.enum(ROLES, { message: 'Choose editor or admin.' });

const userIdSchema = z
  .string({ message: 'Choose a user.' })
  .min(1, 'Choose a user.')
  .max(64, 'Choose a user.');

export const NewUserSchema = z.strictObject({
  name: userNameSchema,
  email: emailSchema,
  role: roleSchema,
  password: newPasswordSchema,
});
export type NewUserInput = z.infer<typeof NewUserSchema>;
export type NewUserField = keyof NewUserInput;

export const ChangeRoleSchema = z.strictObject({ userId: userIdSchema, role: roleSchema });
export type ChangeRoleInput = z.infer<typeof ChangeRoleSchema>;
export type ChangeRoleField = keyof ChangeRoleInput;

/** Disable and enable name only the user. */
export const UserStatusSchema = z.strictObject({ userId: userIdSchema });
export type UserStatusInput = z.infer<typeof UserStatusSchema>;
export type UserStatusField = keyof UserStatusInput;

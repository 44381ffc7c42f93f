import { BUSY_MESSAGE, isDatabaseBusy } from '@/lib/http/busy-response';
import { z } from 'zod';
import { AuthorizationError } from './actor';
import { UserRuleError } from './users/errors';

/** The one form-state contract of the app's forms (returned by server actions). */
export interface FormState<Field extends string> {
  errors?: Partial<Record<Field, string[]>>;
  message?: string;
}

/**
 * A form's fields as a plain object for a `.strict()` zod schema. React and Next.js add their own
 * `$ACTION_…` fields to server-action forms (for submissions before hydration); those are
 * dropped, everything else is kept, so an unknown field fails validation. A repeated field stays
 * an array, which a string schema refuses.
 */
export function formFields(
  formData: FormData,
): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    const previous = fields[key];
    if (previous === undefined) fields[key] = value;
    else fields[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return fields;
}

/** A failed safeParse as form state: messages per field, anything else (unknown fields) as the message. */
export function invalidFormState<Field extends string>(error: z.ZodError): FormState<Field> {
  const { formErrors, fieldErrors } = z.flattenError(error);
  const unknown = error.issues.some((issue) => issue.code === 'unrecognized_keys');
  return {
    errors: fieldErrors as Partial<Record<Field, string[]>>,
    message: unknown
      ? 'The form sent fields this page does not know. Reload the page and try again.'
      : (formErrors[0] ?? 'Check the highlighted fields.'),
  };
}

/**
 * The refusals a data-layer call can end in, as form state; anything else is a fault and is
 * rethrown (the error boundary shows it, the server log keeps it).
 */
export function refusedFormState<Field extends string>(error: unknown): FormState<Field> {
  if (error instanceof AuthorizationError) return { message: error.message };
  if (error instanceof UserRuleError) {
    return { errors: { [error.field]: [error.message] } as Partial<Record<Field, string[]>> };
  }
  // The database stayed busy past the wait: nothing was written, the same form will succeed.
  if (isDatabaseBusy(error)) return { message: BUSY_MESSAGE };
  throw error;
}

import type { ZodError } from 'zod';

/**
 * The one result contract of every editors' mutation (forms and server actions read it): either
 * the saved value, or why not — field errors keyed by the input's field names, a sentence for
 * the whole form, and for optimistic-concurrency conflicts what the record holds now.
 */
export type FieldErrors = Partial<Record<string, string[]>>;

export interface ConflictInfo<C = unknown> {
  /** The record as it is now, with its current version (or updatedAt), for the form to show. */
  current: C;
  /**
   * Fields changed since the version the editor loaded, read from the audit trail. When the
   * trail does not reach back to that version (rows older than the trail), the fields whose
   * current value differs from what was submitted.
   */
  changedFields: string[];
  /**
   * The fields that stopped the save: changed by the editor and, differently, by someone else
   * since the editor loaded the record (lib/audit/three-way-merge.ts). Empty when the refusal
   * is not about fields (a publish or delete from an older version).
   */
  fields: FieldConflict[];
}

/** One field both the editor and someone else changed: the three values and who saved the last. */
export interface FieldConflict {
  field: string;
  /** What the editor submitted. */
  mine: unknown;
  /** What the editor loaded; absent when the audit trail does not reach back that far. */
  loaded?: unknown;
  current: unknown;
  /** Readable names for values that are references (a claimant's id). */
  names?: { mine?: string; loaded?: string; current?: string };
  /** Who saved the current value and when, from the audit trail; null when it does not say. */
  savedBy: { id: string; name: string | null } | null;
  savedAt: Date | null;
}

/** A record the input would duplicate (a source with the same normalised URL), to offer instead. */
export interface ExistingRecord {
  id: number;
  title: string;
}

export interface MutationFailure<C = unknown> {
  ok: false;
  errors?: FieldErrors;
  message: string;
  conflict?: ConflictInfo<C>;
  existing?: ExistingRecord;
}

export type MutationResult<T, C = unknown> = { ok: true; value: T } | MutationFailure<C>;

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function failure(message: string, errors?: FieldErrors): MutationFailure<never> {
  return errors ? { ok: false, message, errors } : { ok: false, message };
}

/** One field's error, repeated as the form-level message. */
export function fieldFailure(field: string, message: string): MutationFailure<never> {
  return failure(message, { [field]: [message] });
}

export const UNKNOWN_FIELD_MESSAGE = 'This field is not accepted here.';

/**
 * Field errors from a ZodError, keyed by the top-level input field (forms are flat; a nested
 * path such as `tags.2` is reported on `tags`). Unknown keys refused by `.strict()` are reported
 * on their own names, so `role` or `createdById` show up as what they are.
 */
export function zodFieldErrors(error: ZodError): FieldErrors {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => {
    const list = (errors[field] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(key, UNKNOWN_FIELD_MESSAGE);
      continue;
    }
    const field = issue.path[0];
    add(field === undefined ? '_form' : String(field), issue.message);
  }
  return errors;
}

/** The failure for input that did not pass its schema: nothing was read or written. */
export function invalidInput(error: ZodError): MutationFailure<never> {
  const unknown = error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []));
  const formLevel = error.issues
    .filter((i) => i.code !== 'unrecognized_keys' && i.path.length === 0)
    .map((i) => i.message);
  const message =
    unknown.length > 0
      ? `Not saved: the input has fields that are not accepted (${unknown.join(', ')}).`
      : (formLevel[0] ?? 'Not saved: check the highlighted fields.');
  return failure(message, zodFieldErrors(error));
}

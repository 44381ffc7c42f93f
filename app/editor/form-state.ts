import { AuthorizationError } from '@/lib/auth/actor';
import type { FormState } from '@/lib/auth/form-state';
import { BUSY_MESSAGE, isDatabaseBusy } from '@/lib/http/busy-response';
import type { FieldConflict, MutationFailure } from '@/lib/validation/mutation-result';

/**
 * The app's form-state contract (lib/auth/form-state.ts: field errors and a sentence for the
 * whole form) extended for the editors' forms: the values the editor typed (so a refused save
 * keeps them) and, when someone else saved the same fields first, what the record holds now and
 * each field's three values to choose from. `nonce` changes with every answer so the form
 * re-mounts with `values` as its defaults (React resets a form after its action).
 */
export interface EditorFormState extends FormState<string> {
  values?: Record<string, string>;
  conflict?: {
    /** The current record's fields as strings, for showing next to what was typed. */
    current: Record<string, string>;
    /** The fields someone else changed since the editor loaded the record. */
    changedFields: string[];
    /** The version (or updatedAt) the form now saves against: the current one. */
    version: string;
    /** The fields both changed, each for the editor to keep theirs or take the current one. */
    fields: ConflictField[];
  };
  /** The existing record a duplicate would copy (a source with the same link). */
  existing?: { id: number; title: string };
  nonce?: string;
}

/** One field of a conflict as the form shows it: form values, as strings. */
export interface ConflictField {
  field: string;
  /** What the editor typed. */
  mine: string;
  /** What the form was loaded with; null when the audit trail does not reach back to it. */
  loaded: string | null;
  current: string;
  /** Readable names where the values are references (a claimant's id). */
  names?: { mine?: string; loaded?: string; current?: string };
  /** Who saved the current value, and when (ISO), as the audit trail says; null if unknown. */
  savedBy: string | null;
  savedAt: string | null;
}

export const SIGN_IN_TO_EDIT = 'Sign in to edit.';

/** A named field as a string: missing or a file is ''. */
export function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/** The named fields as strings, echoed back so the form keeps them. */
export function fieldValues(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, field(formData, name)]));
}

function nonce(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * A token for the redirect after a successful save (`&s=`): new every time, so the page always
 * re-renders with a new URL and the saved form resets to what is saved now, even when nothing
 * changed (components/editor/use-editor-form.ts).
 */
export function savedToken(): string {
  return nonce();
}

export function messageState(message: string, values?: Record<string, string>): EditorFormState {
  return { message, values, nonce: nonce() };
}

/** A value as a form field holds it (a date as YYYY-MM-DD, a list comma-separated, null as ''). */
export function stringValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** A record's fields as strings (stringValue). */
export function stringValues(record: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, stringValue(value)]),
  );
}

function conflictField(field: FieldConflict, typed: Record<string, string>): ConflictField {
  return {
    field: field.field,
    mine: typed[field.field] ?? stringValue(field.mine),
    loaded: 'loaded' in field ? stringValue(field.loaded) : null,
    current: stringValue(field.current),
    ...(field.names ? { names: field.names } : {}),
    savedBy: field.savedBy ? (field.savedBy.name ?? 'an editor') : null,
    savedAt: field.savedAt ? field.savedAt.toISOString() : null,
  };
}

/** A data-layer refusal as form state, keeping what was typed. */
export function failureState(
  failure: MutationFailure,
  values: Record<string, string>,
  versionOf: (current: unknown) => string = (current) =>
    String((current as { version?: unknown } | null)?.version ?? ''),
): EditorFormState {
  const state: EditorFormState = {
    message: failure.message,
    errors: failure.errors,
    values,
    nonce: nonce(),
  };
  if (failure.conflict) {
    const current = stringValues(failure.conflict.current as object);
    const fields = failure.conflict.fields.map((f) => conflictField(f, values));
    state.conflict = {
      current,
      changedFields: failure.conflict.changedFields,
      version: versionOf(failure.conflict.current),
      fields,
    };
    // The form goes on from the current version: what someone else changed and this editor
    // did not is shown as they saved it; what both changed keeps what this editor typed until
    // they choose.
    const rebased = { ...values };
    for (const name of failure.conflict.changedFields) {
      if (name in values && name in current && !fields.some((f) => f.field === name)) {
        rebased[name] = current[name] ?? '';
      }
    }
    state.values = rebased;
  }
  if (failure.existing) state.existing = failure.existing;
  return state;
}

/** AuthorizationError (a disabled account, an editor trying an admin action) as a message. */
export function refusedState(error: unknown, values?: Record<string, string>): EditorFormState {
  if (error instanceof AuthorizationError) return messageState(error.message, values);
  // A form cannot answer 503: the busy sentence is its message, and what was typed is kept.
  if (isDatabaseBusy(error)) return messageState(BUSY_MESSAGE, values);
  throw error;
}

import { AuthorizationError } from '@/lib/auth/actor';
import type { FormState } from '@/lib/auth/form-state';
import type { MutationFailure } from '@/lib/validation/mutation-result';

/**
 * The app's form-state contract (lib/auth/form-state.ts: field errors and a sentence for the
 * whole form) extended for the editors' forms: the values the editor typed (so a refused save
 * keeps them) and, when someone else saved first, what the record holds now. `nonce` changes
 * with every answer so the form re-mounts with `values` as its defaults (React resets a form
 * after its action).
 */
export interface EditorFormState extends FormState<string> {
  values?: Record<string, string>;
  conflict?: {
    /** The current record's fields as strings, for showing next to what was typed. */
    current: Record<string, string>;
    changedFields: string[];
    /** The version (or updatedAt) to reapply on. */
    version: string;
  };
  /** The existing record a duplicate would copy (a source with the same link). */
  existing?: { id: number; title: string };
  nonce?: string;
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

export function messageState(message: string, values?: Record<string, string>): EditorFormState {
  return { message, values, nonce: nonce() };
}

/** A record's fields as strings (dates as YYYY-MM-DD, lists comma-separated, null as ''). */
export function stringValues(record: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null || value === undefined) out[key] = '';
    else if (value instanceof Date) out[key] = value.toISOString().slice(0, 10);
    else if (Array.isArray(value)) out[key] = value.join(', ');
    else out[key] = String(value);
  }
  return out;
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
    state.conflict = {
      current: stringValues(failure.conflict.current as object),
      changedFields: failure.conflict.changedFields,
      version: versionOf(failure.conflict.current),
    };
  }
  if (failure.existing) state.existing = failure.existing;
  return state;
}

/** AuthorizationError (a disabled account, an editor trying an admin action) as a message. */
export function refusedState(error: unknown, values?: Record<string, string>): EditorFormState {
  if (error instanceof AuthorizationError) return messageState(error.message, values);
  throw error;
}

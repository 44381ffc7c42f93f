import type { EditorFormState } from '@/app/editor/form-state';

/**
 * Unsaved form values, kept per record and form in the tab's sessionStorage so that a page
 * refresh (another form's save re-renders the page; a reload; a trip to add a source) never
 * loses what an editor typed. sessionStorage, not localStorage: a draft stays with the tab it
 * was typed in and ends with it, so it never resurfaces on a shared computer days later.
 */
export interface FormDraft {
  /** The version (or updatedAt) the values were typed against: the save's merge base. */
  version: string;
  /** The form's values at that version, to tell what the editor changed. */
  base: Record<string, string>;
  values: Record<string, string>;
  /** An unresolved conflict the editor was shown, with what they typed then. */
  conflict?: DraftConflict;
}

export type DraftConflict = NonNullable<EditorFormState['conflict']> & {
  typed: Record<string, string>;
};

const PREFIX = 'claimtrack:draft:';

function isStrings(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

export function readDraft(key: string): FormDraft | null {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + key);
    if (raw === null) return null;
    const draft = JSON.parse(raw) as Partial<FormDraft>;
    if (typeof draft.version !== 'string' || !isStrings(draft.base) || !isStrings(draft.values)) {
      return null;
    }
    return draft as FormDraft;
  } catch {
    return null; // storage disabled, or a value this version cannot read
  }
}

export function writeDraft(key: string, draft: FormDraft): void {
  try {
    window.sessionStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the leave-page warning still guards the typed text.
  }
}

export function clearDraft(key: string): void {
  try {
    window.sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** Whether two sets of form values differ in any of `names`. */
export function differs(
  a: Record<string, string>,
  b: Record<string, string>,
  names: readonly string[] = Object.keys(a),
): boolean {
  return names.some((name) => (a[name] ?? '') !== (b[name] ?? ''));
}

// Forms whose save is on its way (in this page's memory only). A form that sees its save end
// settles it itself; one that is gone by then (a new claim's or source's form: its save goes to
// another page) leaves it to the next form mounting under its key, which comes after that save:
// the draft was saved and is cleared, not restored. An error page ends the wait: nothing saved.
const savesOnTheirWay = new Set<string>();

export function saveStarted(key: string): void {
  savesOnTheirWay.add(key);
}

/** The form saw its save end (an answer, or the page re-rendered after it). */
export function saveAnswered(key: string): void {
  savesOnTheirWay.delete(key);
}

/** Whether a save of `key` is on its way (asked while rendering: it changes nothing). */
export function saveOnItsWay(key: string): boolean {
  return savesOnTheirWay.has(key);
}

/** A save that ended in an error page did not save anything: keep every draft. */
export function forgetSavesOnTheirWay(): void {
  savesOnTheirWay.clear();
}

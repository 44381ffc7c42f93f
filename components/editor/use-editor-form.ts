'use client';

import {
  useEffect,
  useId,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type RefObject,
} from 'react';
import type { EditorFormState } from '@/app/editor/form-state';
import {
  clearDraft,
  differs,
  readDraft,
  saveAnswered,
  saveOnItsWay,
  saveStarted,
  writeDraft,
  type DraftConflict,
  type FormDraft,
} from './form-drafts';
import { useDraftScope } from './draft-scope';
import { setUnsaved } from './unsaved-changes';

/*
 * One editor form's session, shared by every editors' form (claim, verdict, citation, cite,
 * source): the version it saves against, what it was loaded with, what the editor has typed,
 * and the conflict to resolve when someone else changed the same fields.
 *
 * Typed text is never lost. Every change is kept as a draft in sessionStorage (form-drafts.ts).
 * After any save the edit page re-renders and its forms mount afresh (the URL changes); a form
 * that finds its draft restores it, with the version it was typed against (the server merges a
 * save from an older version onto the current one), and says so. A form's own successful save
 * clears its draft and resets it to what is saved now. While a form holds unsaved changes,
 * leaving the page asks first (unsaved-changes.ts).
 */

interface EditorFormOptions {
  /** Where the draft is kept: one key per record and form, such as `claim:12:verdict`. */
  draftKey: string;
  /** The form's fields (the names its action reads). */
  fields: readonly string[];
  /** The guard (version or updatedAt) and the values the page loaded the form with. */
  version: string;
  values: Record<string, string>;
  /** The form action's latest answer. */
  state: EditorFormState;
  /**
   * New with each successful save of this form: the page's redirect after the save carries it
   * (app/editor/claims/actions.ts). Should the form stay mounted through that re-render, it
   * resets to what is saved now in the same render that brings the saved values.
   */
  savedToken?: string;
  /** Fields where the page's value, when set, wins over a restored draft (a source just added). */
  prefer?: readonly string[];
  /** The form element (for putting chosen values into it). */
  formRef: RefObject<HTMLFormElement | null>;
}

interface Session {
  version: string;
  /** The values at `version`: what the editor has not changed. */
  base: Record<string, string>;
  /** What the form shows when it (re)mounts. */
  defaults: Record<string, string>;
  /** What it holds now. */
  live: Record<string, string>;
  conflict: DraftConflict | null;
  /** The form's React key: changes whenever `defaults` must be put into the form. */
  renderKey: string;
  restored: boolean;
  /** Whether the editor changed anything since the form mounted. */
  touched: boolean;
  /** The answer (state.nonce) taken in, and whether the form still shows it (its message). */
  answer: string | null;
  answerShown: boolean;
  /** The stored draft looked at. */
  draft: FormDraft | null;
  /** The saved token taken in. */
  savedToken: string | undefined;
}

// Each mounted form reads its stored draft once, when it mounts (keyed by the instance's useId),
// so typing (which rewrites the draft) never re-applies it. A form mounting while its own save
// is on its way comes after that save (the page re-renders after a successful save, and
// re-mounts its forms when the URL changes): it does not restore the draft that save stored,
// and clears it once mounted (`savedAtMount`). Nothing here writes while rendering: a render
// may be thrown away and retried.
const draftsAtMount = new Map<string, FormDraft | null>();
const savedAtMount = new Set<string>();

const noSubscription = () => () => {};

function draftAtMount(instance: string, key: string): FormDraft | null {
  if (!draftsAtMount.has(instance)) {
    const saved = saveOnItsWay(key);
    if (saved) savedAtMount.add(instance);
    draftsAtMount.set(instance, saved ? null : readDraft(key));
  }
  return draftsAtMount.get(instance) ?? null;
}

function loadedSession(
  version: string,
  values: Record<string, string>,
  savedToken: string | undefined,
): Session {
  return {
    version,
    base: values,
    defaults: values,
    live: values,
    conflict: null,
    renderKey: 'loaded',
    restored: false,
    touched: false,
    answer: null,
    answerShown: false,
    draft: null,
    savedToken,
  };
}

function takeDraft(
  session: Session,
  draft: FormDraft | null,
  page: Record<string, string>,
  prefer: readonly string[],
): Session {
  const typed =
    draft !== null && (draft.conflict !== undefined || differs(draft.values, draft.base));
  // Nothing to restore when the page already shows what was typed (it was saved).
  if (!draft || !typed || (!draft.conflict && !differs(draft.values, page, Object.keys(page)))) {
    return { ...session, draft };
  }
  const values = { ...draft.values };
  for (const name of prefer) if (page[name]) values[name] = page[name];
  return {
    ...session,
    version: draft.version,
    base: draft.base,
    defaults: values,
    live: values,
    conflict: draft.conflict ?? null,
    renderKey: `${session.renderKey}-restored`,
    restored: true,
    draft,
  };
}

function takeAnswer(session: Session, state: EditorFormState, nonce: string): Session {
  const { conflict } = state;
  const values = state.values ?? session.live;
  let base = session.base;
  if (conflict) {
    // The form now saves against the current version: its values are the new base.
    base = { ...base };
    for (const name of conflict.changedFields) {
      if (name in base && name in conflict.current) base[name] = conflict.current[name] ?? '';
    }
  }
  return {
    ...session,
    version: conflict?.version ?? session.version,
    base,
    defaults: values,
    live: values,
    conflict: conflict ? { ...conflict, typed: values } : null,
    renderKey: nonce,
    restored: false,
    answer: nonce,
    answerShown: true,
  };
}

/** After this form's own successful save: what the re-rendered page says is saved now. */
function savedSession(
  session: Session,
  version: string,
  values: Record<string, string>,
  savedToken: string,
): Session {
  return {
    ...loadedSession(version, values, savedToken),
    renderKey: `${session.renderKey}-saved`,
    touched: true,
    answer: session.answer,
    draft: session.draft,
  };
}

function formValues(form: HTMLFormElement, names: readonly string[]): Record<string, string> {
  const data = new FormData(form);
  return Object.fromEntries(
    names.map((name) => {
      const value = data.get(name);
      return [name, typeof value === 'string' ? value : ''];
    }),
  );
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function isControl(element: unknown): element is Control {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement
  );
}

export function useEditorForm({
  draftKey: formKey,
  fields,
  version,
  values: given,
  state,
  savedToken,
  prefer = [],
  formRef,
}: EditorFormOptions) {
  const instance = useId();
  const draftKey = `${useDraftScope()}:${formKey}`;
  const values = Object.fromEntries(fields.map((name) => [name, given[name] ?? '']));
  const stored = useSyncExternalStore(
    noSubscription,
    () => draftAtMount(instance, draftKey),
    () => null,
  );
  const [session, setSession] = useState<Session>(() => loadedSession(version, values, savedToken));

  // Take in a restored draft, each answer and this form's own successful save while rendering
  // (React's pattern for state that follows a changing input), so it never shows stale values.
  let next = session;
  if (stored !== next.draft) next = takeDraft(next, stored, values, prefer);
  if (state.nonce && state.nonce !== next.answer) next = takeAnswer(next, state, state.nonce);
  if (savedToken && savedToken !== next.savedToken) {
    next = savedSession(next, version, values, savedToken);
  }
  if (next !== session) setSession(next);

  useEffect(() => {
    const unsaved = next.conflict !== null || differs(next.live, next.base);
    if (unsaved) {
      const draft: FormDraft = { version: next.version, base: next.base, values: next.live };
      if (next.conflict) draft.conflict = next.conflict;
      writeDraft(draftKey, draft);
    } else if (next.touched) {
      clearDraft(draftKey);
    }
    setUnsaved(instance, unsaved);
  }, [next, draftKey, instance]);

  // A save seen to its end here (answered, or saved): no other mount has to settle it.
  useEffect(() => saveAnswered(draftKey), [next.answer, next.savedToken, draftKey]);

  useEffect(() => {
    if (savedAtMount.delete(instance)) {
      saveAnswered(draftKey);
      clearDraft(draftKey);
    }
    return () => {
      draftsAtMount.delete(instance);
      setUnsaved(instance, false);
    };
  }, [instance, draftKey]);

  const record = (form: HTMLFormElement) =>
    setSession((s) => ({ ...s, live: formValues(form, fields), touched: true }));

  return {
    /** The form's React key. */
    key: next.renderKey,
    /** The guard to post with the form. */
    version: next.version,
    /** The form's default values. */
    values: next.defaults,
    /** What the form holds now. */
    live: next.live,
    conflict: next.conflict,
    /** Whether the latest answer belongs to what the form shows (its message applies). */
    answered: next.answerShown,
    restored: next.restored,
    /** Everything the `<form>` element takes from this hook but its `key`. */
    formProps: {
      ref: formRef,
      onChange: (event: FormEvent<HTMLFormElement>) => record(event.currentTarget),
      onSubmit: () => saveStarted(draftKey),
      noValidate: true,
    },
    /** Puts values into the form's fields, as the editor's choice in a conflict. */
    choose: (assignments: Record<string, string>) => {
      const form = formRef.current;
      if (!form) return;
      for (const [name, value] of Object.entries(assignments)) {
        const control = form.elements.namedItem(name);
        if (isControl(control)) control.value = value;
      }
      record(form);
    },
    /** Drops the restored draft: the form shows the record as the page loaded it. */
    discard: () => {
      clearDraft(draftKey);
      draftsAtMount.set(instance, null);
      setSession({
        ...loadedSession(version, values, next.savedToken),
        renderKey: `${next.renderKey}-discarded`,
        touched: true,
        answer: next.answer,
      });
    },
  };
}

export type EditorForm = ReturnType<typeof useEditorForm>;

'use client';

import { useState } from 'react';
import type { EditorFormState } from '@/app/editor/form-state';

const NONE: EditorFormState = {};

/**
 * A review form's last answer while it is still the latest news for the page at `version`. A
 * refusal can arrive together with a re-render of the page at a newer version (the page may
 * re-render after an action, as components/desk-panel/answer-for.ts notes; and a claim changed
 * by someone else is exactly when a decision is refused), so the answer cannot be matched on the
 * version it was sent from, and a plain refusal names no version. Instead: a new answer shows,
 * whatever the version; the page moving on to another version afterwards clears it.
 */
export function useLatestAnswer(answer: EditorFormState, version: number): EditorFormState {
  // An answer there at the first render is the page's answer to a plain form post (no JavaScript).
  const [seen, setSeen] = useState({
    version,
    nonce: answer.nonce,
    shown: answer.nonce !== undefined,
  });
  let next = seen;
  if (answer.nonce !== seen.nonce) next = { version, nonce: answer.nonce, shown: true };
  else if (version !== seen.version) next = { ...seen, version, shown: false };
  if (next !== seen) setSeen(next);
  return next.shown ? answer : NONE;
}

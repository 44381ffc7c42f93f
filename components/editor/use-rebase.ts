'use client';

import { useState } from 'react';
import type { EditorFormState } from '@/app/editor/form-state';

// The claimant's name in a claim's state is the chosen claimant's; the form's field of that name
// is for a new claimant, so it is never taken from the current record.
const NOT_MERGED = new Set(['claimantName', 'claimantKind']);

/**
 * After a conflict the editor may reapply their changes on the version now saved: the form then
 * carries that version, the fields this editor changed keep what they typed, and the fields they
 * left alone take the other person's current values, so neither save is lost.
 */
export function useRebase(
  state: EditorFormState,
  loadedVersion: string,
  loadedValues: Record<string, string>,
) {
  const [rebased, setRebased] = useState<{
    nonce: string;
    version: string;
    values: Record<string, string>;
  } | null>(null);
  const isRebased = rebased !== null && rebased.nonce === state.nonce;
  const version = rebased ? rebased.version : loadedVersion;
  const conflict = isRebased ? undefined : state.conflict;
  const values = isRebased ? rebased.values : (state.values ?? loadedValues);
  const reapply = () => {
    const { conflict: current, nonce, values: typed = {} } = state;
    if (!current || !nonce) return;
    const merged: Record<string, string> = { ...typed };
    for (const [key, value] of Object.entries(typed)) {
      const mine = value !== (loadedValues[key] ?? '');
      if (!mine && !NOT_MERGED.has(key) && key in current.current) {
        merged[key] = current.current[key] ?? '';
      }
    }
    setRebased({ nonce, version: current.version, values: merged });
  };
  return { version, conflict, reapply, isRebased, values };
}

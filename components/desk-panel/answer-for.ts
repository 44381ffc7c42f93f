import type { EditorFormState } from '@/app/editor/form-state';

/**
 * The action's last answer while it still applies to the claim the page shows at `version`, else
 * none. A refused move answers for the version it was sent from; a conflict also for the version
 * that beat it (the page may re-render at that one). Once a save moves the claim past both, the
 * answer is stale: an old error must not linger under the form after a later success.
 */
export function answerFor(state: EditorFormState, version: number): EditorFormState {
  const at = String(version);
  if (state.values?.version === at) return state;
  return state.conflict?.version === at ? state : {};
}

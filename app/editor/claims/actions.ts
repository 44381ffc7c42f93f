'use server';

import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/current-user';
import { changeVerdict } from '@/lib/claims/change-verdict';
import { createClaim } from '@/lib/claims/create-claim';
import { deleteClaim, restoreClaim } from '@/lib/claims/delete-claim';
import { publishClaim, unpublishClaim } from '@/lib/claims/publish-claim';
import type { VerdictSaved } from '@/lib/claims/types';
import { updateClaim } from '@/lib/claims/update-claim';
import { createCitation } from '@/lib/citations/create-citation';
import { removeCitation } from '@/lib/citations/remove-citation';
import { updateCitation } from '@/lib/citations/update-citation';
import { findSourceByUrl } from '@/lib/sources/find-source-by-url';
import { revalidateClaim } from './claim-action';
import {
  SIGN_IN_TO_EDIT,
  failureState,
  field,
  fieldValues,
  messageState,
  refusedState,
  savedToken,
  type EditorFormState,
} from '../form-state';
import {
  CITATION_FORM_FIELDS,
  CITE_FORM_FIELDS,
  CLAIM_FORM_FIELDS,
  VERDICT_FORM_FIELDS,
} from '../form-fields';

/*
 * The editors' claim actions. Each one: who is calling, resolved inside the action (actions are
 * public POST endpoints; the page's check does not protect them) → an input built from the named
 * fields → the data layer, which checks the role again, validates and writes → revalidate the
 * reader and editor pages → redirect outside any try.
 */

/**
 * The redirect's note that a save from an older version was merged with what others saved
 * meanwhile (the page names those fields).
 */
function mergedParam(mergedWith: string[] | undefined): string {
  return mergedWith && mergedWith.length > 0
    ? `&merged=${encodeURIComponent(mergedWith.join(','))}`
    : '';
}

function claimInput(formData: FormData) {
  const values = fieldValues(formData, CLAIM_FORM_FIELDS);
  const input = {
    ...values,
    claimantId: values.claimantName?.trim() ? '' : values.claimantId,
    tags: values.tags,
  };
  return { values, input };
}

/** Creates a claim (draft or published) or saves an edit; `intent` may also publish/unpublish. */
export async function saveClaimAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const { values, input } = claimInput(formData);
  const intent = field(formData, 'intent');
  const id = field(formData, 'id');
  let savedId: number;
  let savedVersion: number;
  let merged = '';
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    if (id === '') {
      const result = await createClaim(actor, {
        ...input,
        status: intent === 'publish' ? 'published' : 'draft',
      });
      if (!result.ok) return failureState(result, values);
      savedId = result.value.id;
      savedVersion = result.value.version;
    } else {
      const result = await updateClaim(actor, {
        ...input,
        id,
        version: field(formData, 'version'),
      });
      if (!result.ok) return failureState(result, values);
      savedId = result.value.id;
      savedVersion = result.value.version;
      merged = mergedParam(result.value.mergedWith);
      if (intent === 'publish' || intent === 'unpublish') {
        const change = intent === 'publish' ? publishClaim : unpublishClaim;
        const status = await change(actor, { id: savedId, version: savedVersion });
        if (!status.ok) return failureState(status, values);
        savedVersion = status.value.version;
      }
    }
  } catch (error) {
    return refusedState(error, values);
  }
  revalidateClaim(savedId);
  redirect(
    `/editor/claims/${savedId}?saved=${id === '' ? 'created' : intent || 'save'}&v=${savedVersion}${merged}&s=${savedToken()}`,
  );
}

/** What the page says after a verdict save: applied, waiting for review, or published by an admin. */
const VERDICT_SAVED: Record<VerdictSaved['review'], string> = {
  applied: 'verdict',
  pending: 'verdict-pending',
  bypassed: 'verdict-bypassed',
  withdrawn: 'verdict-withdrawn',
};

export async function changeVerdictAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, VERDICT_FORM_FIELDS);
  const id = field(formData, 'id');
  let savedId: number;
  let savedVersion: number;
  let merged: string;
  let saved: string;
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = await changeVerdict(actor, {
      id,
      version: field(formData, 'version'),
      verdict: values.verdict,
      confidence: values.confidence,
      rationale: values.rationale,
      overrideReason:
        actor.role === 'admin' || values.overrideReason ? values.overrideReason : null,
      // Empty is none; an editor's non-empty reason is refused by the use case as a field error.
      bypassReason: values.bypassReason || null,
    });
    if (!result.ok) return failureState(result, values);
    savedId = result.value.id;
    savedVersion = result.value.version;
    merged = mergedParam(result.value.mergedWith);
    saved = VERDICT_SAVED[result.value.review];
  } catch (error) {
    return refusedState(error, values);
  }
  revalidateClaim(savedId);
  redirect(`/editor/claims/${savedId}?saved=${saved}&v=${savedVersion}${merged}&s=${savedToken()}`);
}

/** Admin-only soft delete and restore, guarded by the loaded version. */
export async function deleteOrRestoreClaimAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const id = field(formData, 'id');
  const restore = field(formData, 'intent') === 'restore';
  let savedId: number;
  let savedVersion: number;
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT);
    const input = { id, version: field(formData, 'version') };
    const result = restore ? await restoreClaim(actor, input) : await deleteClaim(actor, input);
    if (!result.ok) return failureState(result, {});
    savedId = result.value.id;
    savedVersion = result.value.version;
  } catch (error) {
    return refusedState(error);
  }
  revalidateClaim(savedId);
  redirect(`/editor/claims/${savedId}?saved=${restore ? 'restored' : 'deleted'}&v=${savedVersion}`);
}

/** Cites a source picked from the list, or found by its link. */
export async function citeSourceAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, CITE_FORM_FIELDS);
  const claimId = field(formData, 'claimId');
  let savedClaimId: number;
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    let sourceId = values.sourceId ?? '';
    const url = values.sourceUrl?.trim() ?? '';
    if (url !== '') {
      const match = await findSourceByUrl(actor, url);
      if (!match || match.deleted) {
        const message = 'No source in the library has this link. Add it as a new source first.';
        return { ...messageState(message, values), errors: { sourceUrl: [message] } };
      }
      sourceId = String(match.id);
    } else if (sourceId === '') {
      const message = 'Choose a source, or paste the link of one in the library.';
      return { ...messageState(message, values), errors: { sourceId: [message] } };
    }
    const result = await createCitation(actor, {
      claimId,
      sourceId,
      stance: values.stance,
      quote: values.quote,
      locator: values.locator,
    });
    if (!result.ok) {
      const state = failureState(result, values);
      // The editor named the source by its link: the source's error belongs there.
      if (url !== '' && state.errors?.sourceId) {
        const { sourceId: sourceErrors, ...others } = state.errors;
        state.errors = { ...others, sourceUrl: sourceErrors };
      }
      return state;
    }
    savedClaimId = result.value.claimId;
  } catch (error) {
    return refusedState(error, values);
  }
  revalidateClaim(savedClaimId);
  redirect(`/editor/claims/${savedClaimId}?saved=cited&s=${savedToken()}#evidence`);
}

/**
 * Edits a citation's stance, quote or locator (guarded by its loaded `updatedAt`), or removes it
 * once the editor confirmed ("Yes, remove"). "Cancel" writes nothing: without JavaScript it
 * posts here, and the form comes back closed with what was typed.
 */
export async function editCitationAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, CITATION_FORM_FIELDS);
  const id = field(formData, 'id');
  const intent = field(formData, 'intent');
  if (intent === 'cancel') return messageState('', values);
  const remove = intent === 'remove';
  let savedClaimId: number;
  let merged = '';
  try {
    const actor = await getCurrentActor();
    if (!actor) return messageState(SIGN_IN_TO_EDIT, values);
    const result = remove
      ? await removeCitation(actor, { id })
      : await updateCitation(actor, { id, updatedAt: field(formData, 'updatedAt'), ...values });
    if (!result.ok) {
      return failureState(result, values, (current) => {
        const at = (current as { updatedAt?: unknown } | null)?.updatedAt;
        return at instanceof Date ? at.toISOString() : '';
      });
    }
    savedClaimId = result.value.claimId;
    merged = mergedParam(result.value.mergedWith);
  } catch (error) {
    return refusedState(error, values);
  }
  revalidateClaim(savedClaimId);
  redirect(
    `/editor/claims/${savedClaimId}?saved=${remove ? 'uncited' : 'citation'}&citation=${id}${merged}&s=${savedToken()}#evidence`,
  );
}

'use server';

import { redirect } from 'next/navigation';
import { field, fieldValues, savedToken, type EditorFormState } from '@/app/editor/form-state';
import { linkClaims } from '@/lib/relations/link-claims';
import { unlinkClaims } from '@/lib/relations/unlink-claims';
import { revalidateClaim, runClaimAction } from '../claim-action';

/*
 * The "Related claims" panel's actions: the caller resolved here (actions are public POST
 * endpoints) → lib/relations, which checks the role and the rules → back to the claim's page.
 * A link shows on both claims' reader pages, so both are revalidated.
 */

function backToRelated(claimId: number, done: 'linked' | 'unlinked'): never {
  redirect(`/editor/claims/${claimId}?related=${done}&s=${savedToken()}#related`);
}

export async function linkClaimsAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const values = fieldValues(formData, ['kind', 'otherClaimId']);
  const outcome = await runClaimAction(values, (actor) =>
    linkClaims(actor, { ...values, claimId: field(formData, 'claimId') }),
  );
  if (!('otherClaimId' in outcome)) return outcome;
  revalidateClaim(outcome.claimId);
  revalidateClaim(outcome.otherClaimId);
  backToRelated(outcome.claimId, 'linked');
}

export async function unlinkClaimsAction(
  _previous: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  const outcome = await runClaimAction(undefined, (actor) =>
    unlinkClaims(actor, { id: field(formData, 'id') }),
  );
  if (!('toClaimId' in outcome)) return outcome;
  revalidateClaim(outcome.fromClaimId);
  revalidateClaim(outcome.toClaimId);
  // Back to the page the editor was on (either end of the link).
  const onPage = Number(field(formData, 'claimId'));
  backToRelated(onPage === outcome.toClaimId ? outcome.toClaimId : outcome.fromClaimId, 'unlinked');
}

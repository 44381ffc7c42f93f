'use client';

import { useActionState } from 'react';
import { linkClaimsAction, unlinkClaimsAction } from '@/app/editor/claims/[id]/relation-actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { FormMessage, SelectField, TextField } from '@/components/editor/fields';
import { RELATION_CHOICES } from '@/lib/relations/relation-rules';

const INITIAL: EditorFormState = {};
const CHOICES = RELATION_CHOICES.map((c) => ({ value: c.value, label: `This claim ${c.label}` }));

/**
 * Links this claim to another: how they relate, and the other claim by id (typed) or, for a
 * search result, given (`other`). Works without JavaScript; refusals come back as field errors.
 */
export function LinkClaimForm({
  claimId,
  other,
}: {
  claimId: number;
  other?: { id: number; label: string };
}) {
  const [state, formAction, pending] = useActionState(linkClaimsAction, INITIAL);
  const name = other ? `relation-${claimId}-to-${other.id}` : `relation-${claimId}-new`;
  const common = { form: name, errors: state.errors ?? {} };
  return (
    <form
      key={state.nonce}
      action={formAction}
      aria-label={other ? `Link to claim #${other.id}` : 'Link another claim'}
      className="space-y-3 font-sans"
    >
      <input type="hidden" name="claimId" value={claimId} />
      <SelectField
        {...common}
        name="kind"
        label={other ? `How is this claim related to #${other.id}?` : 'How are they related?'}
        defaultValue={state.values?.kind ?? 'same_as'}
        options={CHOICES}
      />
      {other ? (
        <input type="hidden" name="otherClaimId" value={other.id} />
      ) : (
        <TextField
          {...common}
          name="otherClaimId"
          label="The other claim"
          hint="Its id (42 or #42) or its page’s address; or search for it below."
          defaultValue={state.values?.otherClaimId}
        />
      )}
      {other && state.errors?.otherClaimId ? (
        <p className="text-sm font-semibold text-red-800 dark:text-red-300">
          {state.errors.otherClaimId[0]}
        </p>
      ) : null}
      <FormMessage form={name} message={state.message} />
      <button type="submit" disabled={pending} className={other ? secondaryButton : primaryButton}>
        {pending ? 'Linking…' : other ? `Link #${other.id}` : 'Link claim'}
      </button>
    </form>
  );
}

/** Removes one link (softly: the audit log keeps it, and linking again brings it back). */
export function UnlinkClaimForm({
  claimId,
  relationId,
  otherLabel,
}: {
  claimId: number;
  relationId: number;
  otherLabel: string;
}) {
  const [state, formAction, pending] = useActionState(unlinkClaimsAction, INITIAL);
  return (
    <form action={formAction} aria-label={`Remove the link to ${otherLabel}`} className="inline">
      <input type="hidden" name="id" value={relationId} />
      <input type="hidden" name="claimId" value={claimId} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        Remove link<span className="sr-only"> to {otherLabel}</span>
      </button>
      <FormMessage form={`relation-${relationId}-remove`} message={state.message} />
    </form>
  );
}

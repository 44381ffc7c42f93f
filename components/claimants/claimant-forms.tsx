'use client';

import { useActionState } from 'react';
import {
  addAliasAction,
  mergeClaimantsAction,
  removeAliasAction,
} from '@/app/editor/claimants/actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { FormMessage, SelectField, TextField } from '@/components/editor/fields';

const INITIAL: EditorFormState = {};

/** Adds another name the claimant goes by. Works without JavaScript. */
export function AddAliasForm({ claimantId }: { claimantId: number }) {
  const [state, formAction, pending] = useActionState(addAliasAction, INITIAL);
  const name = 'alias-new';
  return (
    <form
      key={state.nonce}
      action={formAction}
      aria-label="Add an alias"
      className="space-y-3 font-sans"
    >
      <input type="hidden" name="claimantId" value={claimantId} />
      <TextField
        form={name}
        errors={state.errors ?? {}}
        name="name"
        label="New alias"
        hint="Another name this claimant goes by, e.g. “South Korea’s spy agency”. The article intake and the claim form find the claimant under it; case, accents and punctuation do not matter."
        defaultValue={state.values?.name}
      />
      <FormMessage form={name} message={state.message} />
      <button type="submit" disabled={pending} className={primaryButton}>
        Add alias
      </button>
    </form>
  );
}

export function RemoveAliasForm({
  claimantId,
  alias,
}: {
  claimantId: number;
  alias: { id: number; name: string };
}) {
  const [state, formAction, pending] = useActionState(removeAliasAction, INITIAL);
  return (
    <form action={formAction} aria-label={`Remove the alias ${alias.name}`} className="inline">
      <input type="hidden" name="claimantId" value={claimantId} />
      <input type="hidden" name="aliasId" value={alias.id} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        Remove<span className="sr-only"> the alias “{alias.name}”</span>
      </button>
      <FormMessage form={`alias-${alias.id}`} message={state.message} />
    </form>
  );
}

/** Admins: merges another claimant into this one, behind a confirm step. */
export function MergeClaimantForm({
  keepId,
  keepName,
  others,
}: {
  keepId: number;
  keepName: string;
  others: { id: number; name: string }[];
}) {
  const [state, formAction, pending] = useActionState(mergeClaimantsAction, INITIAL);
  const name = 'merge';
  return (
    <form
      key={state.nonce}
      action={formAction}
      aria-label="Merge another claimant into this one"
      className="space-y-3 font-sans"
    >
      <input type="hidden" name="keepId" value={keepId} />
      <SelectField
        form={name}
        errors={state.errors ?? {}}
        name="mergeId"
        label="Claimant to merge into this one"
        empty="— choose a claimant —"
        hint={`Its claims will name ${keepName}; its name and aliases become aliases of ${keepName}, and it is removed. This cannot be undone from here; the audit log keeps it.`}
        defaultValue={state.values?.mergeId}
        options={others.map((o) => ({ value: String(o.id), label: o.name }))}
      />
      <FormMessage form={name} message={state.message} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        Merge into {keepName}
      </button>
    </form>
  );
}

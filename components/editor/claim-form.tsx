'use client';

import { useActionState, useState } from 'react';
import { saveClaimAction } from '@/app/editor/claims/actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { QUANTITY_QUALIFIERS, STATEMENT_MAX, TITLE_MAX } from '@/lib/domain/claims';
import { CLAIMANT_KINDS } from '@/lib/domain/evidence';
import { ConflictNotice } from './conflict-notice';
import { FormMessage, SelectField, TextArea, TextField } from './fields';
import { useRebase } from './use-rebase';

const FORM = 'claim';
const INITIAL: EditorFormState = {};

export const CLAIM_FIELD_LABELS: Record<string, string> = {
  statement: 'Statement',
  title: 'Title',
  claimantId: 'Claimant',
  claimantName: 'Claimant',
  firstAppearedAt: 'First appeared on',
  firstAppearanceUrl: 'First appearance link',
  firstAppearanceNote: 'First appearance note',
  context: 'Context',
  tags: 'Tags',
  place: 'Place',
  quantityQualifier: 'Quantity qualifier',
  quantityValue: 'Number',
  quantityMin: 'Lower bound',
  quantityMax: 'Upper bound',
  quantityUnit: 'Unit',
  status: 'Status',
  verdict: 'Verdict',
  confidence: 'Confidence',
  rationale: 'Rationale',
};

interface ClaimFormProps {
  /** Absent: a new claim. */
  claim?: { id: number; version: number; status: 'draft' | 'published' };
  initialValues: Record<string, string>;
  claimants: { id: number; name: string }[];
}

/** The one claim form, for creating a claim and editing it. */
export function ClaimForm({ claim, initialValues, claimants }: ClaimFormProps) {
  const [state, formAction, pending] = useActionState(saveClaimAction, INITIAL);
  // What the form loaded stays its own: a refresh of the page (after any action) must not
  // move the guard to a version this editor never saw.
  const [loaded] = useState(() => ({
    version: String(claim?.version ?? ''),
    values: initialValues,
  }));
  const { version, conflict, reapply, isRebased, values } = useRebase(
    state,
    loaded.version,
    loaded.values,
  );
  const errors = state.errors ?? {};
  const [statementLength, setStatementLength] = useState((values.statement ?? '').length);
  const common = { form: FORM, errors };

  return (
    <div className="space-y-4">
      {conflict ? (
        <ConflictNotice
          changedFields={conflict.changedFields}
          current={{ ...conflict.current, claimantId: conflict.current.claimantName ?? '' }}
          typed={{
            ...values,
            claimantId:
              values.claimantName ||
              claimants.find((c) => String(c.id) === values.claimantId)?.name ||
              '',
          }}
          labels={CLAIM_FIELD_LABELS}
          onReapply={reapply}
        />
      ) : null}
      <form
        key={`${state.nonce ?? 'initial'}-${version}`}
        action={formAction}
        noValidate
        aria-label={claim ? 'Edit claim' : 'New claim'}
        className="space-y-5 rounded-lg border border-stone-200 bg-white p-4 font-sans sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
      >
        {claim ? (
          <>
            <input type="hidden" name="id" value={claim.id} />
            <input type="hidden" name="version" value={version} />
          </>
        ) : null}
        <TextArea
          {...common}
          name="statement"
          label="Statement"
          rows={3}
          required
          defaultValue={values.statement}
          onChange={(v) => setStatementLength(v.length)}
          hint={
            <span aria-live="polite">
              {statementLength} of {STATEMENT_MAX} characters
            </span>
          }
        />
        <TextField
          {...common}
          name="title"
          label="Title (optional)"
          defaultValue={values.title}
          hint={`A short headline, at most ${TITLE_MAX} characters.`}
        />
        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold">Claimant</legend>
          <SelectField
            {...common}
            name="claimantId"
            label="Existing claimant"
            empty="— choose, or type a new name below —"
            defaultValue={values.claimantId}
            options={claimants.map((c) => ({ value: String(c.id), label: c.name }))}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              {...common}
              name="claimantName"
              label="New claimant’s name"
              defaultValue={values.claimantName}
            />
            <SelectField
              {...common}
              name="claimantKind"
              label="New claimant’s kind"
              empty="—"
              defaultValue={values.claimantKind}
              options={CLAIMANT_KINDS.map((k) => ({ value: k, label: k }))}
            />
          </div>
        </fieldset>
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="text-sm font-semibold">First appearance</legend>
          <TextField
            {...common}
            name="firstAppearedAt"
            label="First appeared on"
            type="date"
            defaultValue={values.firstAppearedAt}
          />
          <TextField
            {...common}
            name="firstAppearanceUrl"
            label="First appearance link"
            type="url"
            defaultValue={values.firstAppearanceUrl}
          />
          <TextArea
            {...common}
            className="sm:col-span-2"
            name="firstAppearanceNote"
            label="First appearance note"
            rows={2}
            defaultValue={values.firstAppearanceNote}
          />
        </fieldset>
        <TextArea {...common} name="context" label="Context" defaultValue={values.context} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            {...common}
            name="tags"
            label="Tags"
            defaultValue={values.tags}
            hint="Separate tags with commas."
          />
          <TextField {...common} name="place" label="Place" defaultValue={values.place} />
        </div>
        <fieldset className="grid gap-3 sm:grid-cols-5">
          <legend className="text-sm font-semibold">Quantity</legend>
          <SelectField
            {...common}
            name="quantityQualifier"
            label="Qualifier"
            empty="—"
            defaultValue={values.quantityQualifier}
            options={QUANTITY_QUALIFIERS.map((q) => ({ value: q.code, label: q.label }))}
          />
          <TextField
            {...common}
            name="quantityValue"
            label="Number"
            defaultValue={values.quantityValue}
          />
          <TextField {...common} name="quantityMin" label="Min" defaultValue={values.quantityMin} />
          <TextField {...common} name="quantityMax" label="Max" defaultValue={values.quantityMax} />
          <TextField
            {...common}
            name="quantityUnit"
            label="Unit"
            defaultValue={values.quantityUnit}
          />
        </fieldset>
        <FormMessage form={FORM} message={isRebased ? undefined : state.message} />
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="intent"
            value="save"
            disabled={pending}
            className={primaryButton}
          >
            {pending ? 'Saving…' : claim?.status === 'published' ? 'Save changes' : 'Save draft'}
          </button>
          {claim?.status === 'published' ? (
            <button
              type="submit"
              name="intent"
              value="unpublish"
              disabled={pending}
              className={secondaryButton}
            >
              Unpublish
            </button>
          ) : (
            <button
              type="submit"
              name="intent"
              value="publish"
              disabled={pending}
              className={secondaryButton}
            >
              Publish
            </button>
          )}
        </div>
      </form>
    </div>
  );
}

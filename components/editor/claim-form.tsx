'use client';

import { useActionState, useRef } from 'react';
import { saveClaimAction } from '@/app/editor/claims/actions';
import { CLAIM_FIELD_LABELS, CLAIM_FORM_FIELDS } from '@/app/editor/form-fields';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { QUANTITY_QUALIFIERS, STATEMENT_MAX, TITLE_MAX } from '@/lib/domain/claims';
import { CLAIMANT_KINDS } from '@/lib/domain/evidence';
import { EditorFormNotices } from './editor-form-notices';
import { FormMessage, SelectField, TextArea, TextField } from './fields';
import { useEditorForm } from './use-editor-form';

const FORM = 'claim';
const INITIAL: EditorFormState = {};
// Taking the current claimant clears a new claimant's name and kind typed in the form.
const LINKED = { claimantId: ['claimantName', 'claimantKind'] } as const;

interface ClaimFormProps {
  /** Absent: a new claim. */
  claim?: { id: number; version: number; status: 'draft' | 'published' };
  initialValues: Record<string, string>;
  claimants: { id: number; name: string }[];
  /** New after each successful save of this form (use-editor-form.ts). */
  savedToken?: string;
}

/** The one claim form, for creating a claim and editing it. */
export function ClaimForm({ claim, initialValues, claimants, savedToken }: ClaimFormProps) {
  const [state, formAction, pending] = useActionState(saveClaimAction, INITIAL);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useEditorForm({
    draftKey: claim ? `claim:${claim.id}:claim` : 'claim:new',
    fields: CLAIM_FORM_FIELDS,
    version: String(claim?.version ?? ''),
    values: initialValues,
    state,
    savedToken,
    formRef,
  });
  const { values, conflict } = form;
  const errors = form.answered ? (state.errors ?? {}) : {};
  const common = { form: FORM, errors };
  // Someone else's claimant may be new since the page loaded: it must be a choice to keep it.
  const options =
    conflict && !claimants.some((c) => String(c.id) === conflict.current.claimantId)
      ? [
          ...claimants,
          { id: Number(conflict.current.claimantId), name: conflict.current.claimantName ?? '' },
        ]
      : claimants;
  const describe = (field: string, value: string) =>
    field === 'claimantId'
      ? options.find((c) => String(c.id) === value)?.name
      : field === 'quantityQualifier'
        ? QUANTITY_QUALIFIERS.find((q) => q.code === value)?.label
        : undefined;

  return (
    <div className="space-y-4">
      <EditorFormNotices
        form={form}
        name={FORM}
        labels={CLAIM_FIELD_LABELS}
        describe={describe}
        linked={LINKED}
      />
      <form
        key={form.key}
        {...form.formProps}
        action={formAction}
        aria-label={claim ? 'Edit claim' : 'New claim'}
        className="space-y-5 rounded-lg border border-stone-200 bg-white p-4 font-sans sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
      >
        {claim ? (
          <>
            <input type="hidden" name="id" value={claim.id} />
            <input type="hidden" name="version" value={form.version} />
          </>
        ) : null}
        <TextArea
          {...common}
          name="statement"
          label="Statement"
          rows={3}
          required
          defaultValue={values.statement}
          hint={
            <span aria-live="polite">
              {(form.live.statement ?? '').length} of {STATEMENT_MAX} characters
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
            options={options.map((c) => ({ value: String(c.id), label: c.name }))}
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
        <FormMessage form={FORM} message={form.answered ? state.message : undefined} />
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

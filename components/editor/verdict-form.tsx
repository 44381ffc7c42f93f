'use client';

import { useActionState, useRef } from 'react';
import { changeVerdictAction } from '@/app/editor/claims/actions';
import { CLAIM_FIELD_LABELS, VERDICT_FORM_FIELDS } from '@/app/editor/form-fields';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton } from '@/components/auth/form-styles';
import { CONFIDENCES, VERDICTS } from '@/lib/domain/verdicts';
import { EditorFormNotices } from './editor-form-notices';
import { FormMessage, SelectField, TextArea } from './fields';
import { useEditorForm } from './use-editor-form';

const FORM = 'verdict';
const INITIAL: EditorFormState = {};

function describe(field: string, value: string): string | undefined {
  if (field === 'verdict') return VERDICTS.find((v) => v.code === value)?.label;
  if (field === 'confidence') return CONFIDENCES.find((c) => c.code === value)?.label;
  return undefined;
}

/**
 * Sets the verdict, confidence and rationale; admins may override the evidence rules. With the
 * desk's second-editor review on, a verdict other than Unverified is saved as a proposal that
 * waits for another editor (lib/review); admins may publish it at once with a written reason.
 */
export function VerdictForm({
  claimId,
  version: loadedVersion,
  initialValues,
  isAdmin,
  reviewOn,
  proposalOpen,
  savedToken,
}: {
  claimId: number;
  version: number;
  initialValues: Record<string, string>;
  isAdmin: boolean;
  /** The desk's review setting. */
  reviewOn: boolean;
  /** A proposal waits for review (or was sent back): the form holds it, and a save replaces it. */
  proposalOpen: boolean;
  /** New after each successful save of this form (use-editor-form.ts). */
  savedToken?: string;
}) {
  const [state, formAction, pending] = useActionState(changeVerdictAction, INITIAL);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useEditorForm({
    draftKey: `claim:${claimId}:verdict`,
    fields: VERDICT_FORM_FIELDS,
    version: String(loadedVersion),
    values: initialValues,
    state,
    savedToken,
    formRef,
  });
  const { values } = form;
  const common = { form: FORM, errors: form.answered ? (state.errors ?? {}) : {} };
  return (
    <div className="space-y-4">
      <EditorFormNotices form={form} name={FORM} labels={CLAIM_FIELD_LABELS} describe={describe} />
      <form
        key={form.key}
        {...form.formProps}
        action={formAction}
        aria-label="Change the verdict"
        className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 font-sans dark:border-zinc-800 dark:bg-zinc-900"
      >
        <input type="hidden" name="id" value={claimId} />
        <input type="hidden" name="version" value={form.version} />
        {reviewOn || proposalOpen ? (
          <p id="verdict-review-note" className="text-sm">
            {reviewOn
              ? 'Second-editor review is on: a verdict other than Unverified waits for another editor’s approval before readers see it.'
              : null}
            {proposalOpen
              ? `${reviewOn ? ' ' : ''}This form holds the proposal waiting for review; saving replaces it.`
              : null}
          </p>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            {...common}
            name="verdict"
            label="Verdict"
            defaultValue={values.verdict}
            options={VERDICTS.map((v) => ({ value: v.code, label: v.label }))}
          />
          <SelectField
            {...common}
            name="confidence"
            label="Confidence"
            defaultValue={values.confidence}
            options={CONFIDENCES.map((c) => ({ value: c.code, label: c.label }))}
          />
        </div>
        <TextArea
          {...common}
          name="rationale"
          label="Rationale"
          rows={4}
          defaultValue={values.rationale}
          hint="Shown to readers. Required when the verdict or confidence changes."
        />
        {isAdmin ? (
          <TextArea
            {...common}
            name="overrideReason"
            label="Override the evidence rules (admins): reason"
            rows={2}
            defaultValue={values.overrideReason}
            hint="Only when the evidence rules refuse the verdict; kept in the verdict history."
          />
        ) : null}
        {isAdmin && reviewOn ? (
          <TextArea
            {...common}
            name="bypassReason"
            label="Publish without review (admins): reason"
            rows={2}
            defaultValue={values.bypassReason}
            hint="Optional. Only to publish this verdict at once, without a second editor; kept in the audit log."
          />
        ) : null}
        <FormMessage form={FORM} message={form.answered ? state.message : undefined} />
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? 'Saving…' : 'Save verdict'}
        </button>
      </form>
    </div>
  );
}

'use client';

import { useActionState, useRef, type MouseEvent } from 'react';
import { citeSourceAction, editCitationAction } from '@/app/editor/claims/actions';
import {
  CITATION_FIELD_LABELS,
  CITATION_FORM_FIELDS,
  CITE_FORM_FIELDS,
} from '@/app/editor/form-fields';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { STANCES } from '@/lib/domain/evidence';
import { EditorFormNotices } from './editor-form-notices';
import { FormMessage, SelectField, TextArea, TextField } from './fields';
import { useEditorForm } from './use-editor-form';

const INITIAL: EditorFormState = {};
const STANCE_OPTIONS = STANCES.map((s) => ({ value: s.code, label: s.label }));

function describeStance(field: string, value: string): string | undefined {
  return field === 'stance' ? STANCES.find((s) => s.code === value)?.label : undefined;
}

/** Cites a source on the claim: one picked from recent sources, or found by its link. */
export function CiteSourceForm({
  claimId,
  sources,
  preselected,
  savedToken,
}: {
  claimId: number;
  sources: { id: number; name: string }[];
  preselected?: string;
  /** New after each successful save of this form (use-editor-form.ts). */
  savedToken?: string;
}) {
  const [state, formAction, pending] = useActionState(citeSourceAction, INITIAL);
  const formName = 'cite';
  const formRef = useRef<HTMLFormElement>(null);
  const form = useEditorForm({
    draftKey: `claim:${claimId}:cite`,
    fields: CITE_FORM_FIELDS,
    version: '',
    values: { sourceId: preselected ?? '', stance: 'supports' },
    state,
    savedToken,
    formRef,
    // Back from adding a new source: cite that one, with whatever quote was typed before.
    prefer: ['sourceId'],
  });
  const { values } = form;
  const common = { form: formName, errors: form.answered ? (state.errors ?? {}) : {} };
  return (
    <div className="space-y-3">
      <EditorFormNotices form={form} name={formName} />
      <form
        key={form.key}
        {...form.formProps}
        action={formAction}
        aria-label="Cite a source"
        className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 font-sans dark:border-zinc-800 dark:bg-zinc-900"
      >
        <input type="hidden" name="claimId" value={claimId} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            {...common}
            name="sourceId"
            label="Source"
            empty="— choose a recent source —"
            defaultValue={values.sourceId}
            options={sources.map((s) => ({ value: String(s.id), label: s.name }))}
          />
          <TextField
            {...common}
            name="sourceUrl"
            label="Or the source’s link"
            type="url"
            defaultValue={values.sourceUrl}
          />
        </div>
        <SelectField
          {...common}
          name="stance"
          label="Stance"
          defaultValue={values.stance}
          options={STANCE_OPTIONS}
        />
        <TextArea {...common} name="quote" label="Quoted passage" defaultValue={values.quote} />
        <TextField {...common} name="locator" label="Locator" defaultValue={values.locator} />
        <FormMessage form={formName} message={form.answered ? state.message : undefined} />
        {form.answered && state.existing ? (
          <p className="text-sm">
            <a href={`#citation-${state.existing.id}`} className="font-semibold underline">
              Go to the citation of “{state.existing.title}” to change its stance
            </a>
          </p>
        ) : null}
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? 'Citing…' : 'Cite source'}
        </button>
      </form>
    </div>
  );
}

/**
 * One citation's stance, quote and locator, and its removal, which asks first: "Remove
 * citation…" opens a disclosure (a native `<details>`, so it works without JavaScript) with
 * "Yes, remove" and "Cancel". Cancel closes it here; without JavaScript it posts an intent the
 * action answers by writing nothing.
 */
export function CitationEditForm({
  citation,
  sourceTitle,
  savedToken,
}: {
  citation: { id: number; stance: string; quote: string; locator: string; updatedAt: string };
  sourceTitle: string;
  /** New after each successful save of this form (use-editor-form.ts). */
  savedToken?: string;
}) {
  const [state, formAction, pending] = useActionState(editCitationAction, INITIAL);
  const confirm = useRef<HTMLDetailsElement>(null);
  const cancel = (event: MouseEvent<HTMLButtonElement>) => {
    const details = confirm.current;
    if (!details) return;
    event.preventDefault();
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  const formName = `citation-${citation.id}`;
  const formRef = useRef<HTMLFormElement>(null);
  const form = useEditorForm({
    draftKey: `citation:${citation.id}`,
    fields: CITATION_FORM_FIELDS,
    version: citation.updatedAt,
    values: { stance: citation.stance, quote: citation.quote, locator: citation.locator },
    state,
    savedToken,
    formRef,
  });
  const { values } = form;
  const common = { form: formName, errors: form.answered ? (state.errors ?? {}) : {} };
  return (
    <div className="mt-2 space-y-3">
      <EditorFormNotices
        form={form}
        name={formName}
        labels={CITATION_FIELD_LABELS}
        describe={describeStance}
      />
      <form
        key={form.key}
        {...form.formProps}
        action={formAction}
        aria-label={`Citation ${citation.id}`}
        className="space-y-3"
      >
        <input type="hidden" name="id" value={citation.id} />
        <input type="hidden" name="updatedAt" value={form.version} />
        <SelectField
          {...common}
          name="stance"
          label="Stance"
          defaultValue={values.stance}
          options={STANCE_OPTIONS}
        />
        <TextArea
          {...common}
          name="quote"
          label="Quoted passage"
          rows={2}
          defaultValue={values.quote}
        />
        <TextField {...common} name="locator" label="Locator" defaultValue={values.locator} />
        <FormMessage form={formName} message={form.answered ? state.message : undefined} />
        <div className="flex flex-wrap items-start gap-2">
          <button
            type="submit"
            name="intent"
            value="save"
            disabled={pending}
            className={secondaryButton}
          >
            Save citation
          </button>
          <details ref={confirm} className="group">
            <summary className={`${secondaryButton} cursor-pointer list-none`}>
              Remove citation…
            </summary>
            <div
              role="group"
              aria-labelledby={`${formName}-remove-question`}
              className="mt-2 space-y-2 rounded-md border border-red-700/40 bg-red-50 p-3 dark:border-red-400/40 dark:bg-red-950"
            >
              <p id={`${formName}-remove-question`}>
                Remove the citation of “{sourceTitle}” from this claim? It stops counting as
                evidence; the removal is kept in the audit log.
              </p>
              <div className="flex flex-wrap gap-2">
                <button
                  type="submit"
                  name="intent"
                  value="remove"
                  disabled={pending}
                  className={secondaryButton}
                >
                  Yes, remove
                </button>
                <button
                  type="submit"
                  name="intent"
                  value="cancel"
                  onClick={cancel}
                  className={secondaryButton}
                >
                  Cancel
                </button>
              </div>
            </div>
          </details>
        </div>
      </form>
    </div>
  );
}

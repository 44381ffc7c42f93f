'use client';

import { useActionState, useRef } from 'react';
import { citeSourceAction, editCitationAction } from '@/app/editor/claims/actions';
import {
  CITATION_FIELD_LABELS,
  CITATION_FORM_FIELDS,
  CITE_FORM_FIELDS,
} from '@/app/editor/form-fields';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { STANCES } from '@/lib/domain/evidence';
import { ConflictResolver } from './conflict-resolver';
import { DraftNotice } from './draft-notice';
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
      <DraftNotice restored={form.restored} onDiscard={form.discard} />
      <form
        key={form.key}
        ref={formRef}
        action={formAction}
        onChange={form.onChange}
        onSubmit={form.onSubmit}
        noValidate
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
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? 'Citing…' : 'Cite source'}
        </button>
      </form>
    </div>
  );
}

/** One citation's stance, quote and locator, with a remove button. */
export function CitationEditForm({
  citation,
  savedToken,
}: {
  citation: { id: number; stance: string; quote: string; locator: string; updatedAt: string };
  /** New after each successful save of this form (use-editor-form.ts). */
  savedToken?: string;
}) {
  const [state, formAction, pending] = useActionState(editCitationAction, INITIAL);
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
      <DraftNotice restored={form.restored} onDiscard={form.discard} />
      {form.conflict ? (
        <ConflictResolver
          form={formName}
          conflict={form.conflict}
          live={form.live}
          labels={CITATION_FIELD_LABELS}
          describe={describeStance}
          onChoose={form.choose}
        />
      ) : null}
      <form
        key={form.key}
        ref={formRef}
        action={formAction}
        onChange={form.onChange}
        onSubmit={form.onSubmit}
        noValidate
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
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            name="intent"
            value="save"
            disabled={pending}
            className={secondaryButton}
          >
            Save citation
          </button>
          <button
            type="submit"
            name="intent"
            value="remove"
            disabled={pending}
            className={secondaryButton}
          >
            Remove citation
          </button>
        </div>
      </form>
    </div>
  );
}

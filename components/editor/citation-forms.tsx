'use client';

import { useActionState } from 'react';
import { citeSourceAction, editCitationAction } from '@/app/editor/claims/actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { STANCES } from '@/lib/domain/evidence';
import { FormMessage, SelectField, TextArea, TextField } from './fields';

const INITIAL: EditorFormState = {};
const STANCE_OPTIONS = STANCES.map((s) => ({ value: s.code, label: s.label }));

/** Cites a source on the claim: one picked from recent sources, or found by its link. */
export function CiteSourceForm({
  claimId,
  sources,
  preselected,
}: {
  claimId: number;
  sources: { id: number; name: string }[];
  preselected?: string;
}) {
  const [state, formAction, pending] = useActionState(citeSourceAction, INITIAL);
  const form = 'cite';
  const values = state.values ?? { sourceId: preselected ?? '', stance: 'supports' };
  const common = { form, errors: state.errors ?? {} };
  return (
    <form
      key={state.nonce ?? 'initial'}
      action={formAction}
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
      <FormMessage form={form} message={state.message} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Citing…' : 'Cite source'}
      </button>
    </form>
  );
}

/** One citation's stance, quote and locator, with a remove button. */
export function CitationEditForm({
  citation,
}: {
  citation: { id: number; stance: string; quote: string; locator: string; updatedAt: string };
}) {
  const [state, formAction, pending] = useActionState(editCitationAction, INITIAL);
  const form = `citation-${citation.id}`;
  const values = state.values ?? citation;
  const common = { form, errors: state.errors ?? {} };
  return (
    <form
      key={state.nonce ?? 'initial'}
      action={formAction}
      noValidate
      aria-label={`Citation ${citation.id}`}
      className="mt-2 space-y-3"
    >
      <input type="hidden" name="id" value={citation.id} />
      <input type="hidden" name="updatedAt" value={state.conflict?.version || citation.updatedAt} />
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
      <FormMessage form={form} message={state.message} />
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
  );
}

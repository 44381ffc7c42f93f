'use client';

import { useActionState, useRef, type MouseEvent } from 'react';
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
      {state.existing ? (
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
}: {
  citation: { id: number; stance: string; quote: string; locator: string; updatedAt: string };
  sourceTitle: string;
}) {
  const [state, formAction, pending] = useActionState(editCitationAction, INITIAL);
  const confirm = useRef<HTMLDetailsElement>(null);
  const form = `citation-${citation.id}`;
  const values = state.values ?? citation;
  const common = { form, errors: state.errors ?? {} };
  const cancel = (event: MouseEvent<HTMLButtonElement>) => {
    const details = confirm.current;
    if (!details) return;
    event.preventDefault();
    details.open = false;
    details.querySelector('summary')?.focus();
  };
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
            aria-labelledby={`${form}-remove-question`}
            className="mt-2 space-y-2 rounded-md border border-red-700/40 bg-red-50 p-3 dark:border-red-400/40 dark:bg-red-950"
          >
            <p id={`${form}-remove-question`}>
              Remove the citation of “{sourceTitle}” from this claim? It stops counting as evidence;
              the removal is kept in the audit log.
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
  );
}

'use client';

import Link from 'next/link';
import { useActionState, useRef } from 'react';
import { SOURCE_FORM_FIELDS } from '@/app/editor/form-fields';
import type { EditorFormState } from '@/app/editor/form-state';
import { createSourceAction } from '@/app/editor/sources/actions';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { SOURCE_KINDS } from '@/lib/domain/evidence';
import { EditorFormNotices } from './editor-form-notices';
import { FormMessage, SelectField, TextField } from './fields';
import { useEditorForm } from './use-editor-form';

const FORM = 'source';
const INITIAL: EditorFormState = {};

/** Adds a source; a link already in the library is answered with that source to cite instead. */
export function SourceForm({
  publishers,
  claimId,
}: {
  publishers: { id: number; name: string }[];
  claimId?: number;
}) {
  const [state, formAction, pending] = useActionState(createSourceAction, INITIAL);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useEditorForm({
    draftKey: `source:new:${claimId ?? ''}`,
    fields: SOURCE_FORM_FIELDS,
    version: '',
    values: { kind: 'news_report' },
    state,
    formRef,
  });
  const { values } = form;
  const common = { form: FORM, errors: form.answered ? (state.errors ?? {}) : {} };
  const existing = form.answered ? state.existing : undefined;
  return (
    <div className="space-y-4">
      <EditorFormNotices form={form} name={FORM} />
      {existing ? (
        <section
          aria-label="Source already in the library"
          className="rounded-lg border border-amber-400 bg-amber-50 p-4 dark:border-amber-500 dark:bg-amber-950"
        >
          <p>
            Already in the library: <strong>{existing.title}</strong>
          </p>
          <Link
            href={
              claimId
                ? `/editor/claims/${claimId}?source=${existing.id}#cite`
                : `/sources/${existing.id}`
            }
            className={`${secondaryButton} mt-2`}
            // The typed source is given up for the one in the library.
            data-no-leave-warning
            onClick={form.discard}
          >
            Use this source
          </Link>
        </section>
      ) : null}
      <form
        key={form.key}
        {...form.formProps}
        action={formAction}
        aria-label="New source"
        className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 font-sans dark:border-zinc-800 dark:bg-zinc-900"
      >
        {claimId ? <input type="hidden" name="claimId" value={claimId} /> : null}
        <TextField {...common} name="title" label="Title" required defaultValue={values.title} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            {...common}
            name="publisherId"
            label="Publisher"
            empty="— none, or type a new one —"
            defaultValue={values.publisherId}
            options={publishers.map((p) => ({ value: String(p.id), label: p.name }))}
          />
          <TextField
            {...common}
            name="publisherName"
            label="New publisher’s name"
            defaultValue={values.publisherName}
          />
        </div>
        <SelectField
          {...common}
          name="kind"
          label="Kind"
          defaultValue={values.kind}
          options={SOURCE_KINDS.map((k) => ({ value: k.code, label: k.label }))}
        />
        <TextField {...common} name="url" label="Link" type="url" defaultValue={values.url} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            {...common}
            name="publishedAt"
            label="Publication date"
            type="date"
            defaultValue={values.publishedAt}
          />
          <TextField
            {...common}
            name="archiveUrl"
            label="Archived copy link"
            type="url"
            defaultValue={values.archiveUrl}
          />
        </div>
        <FormMessage form={FORM} message={form.answered ? state.message : undefined} />
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? 'Adding…' : 'Add source'}
        </button>
      </form>
    </div>
  );
}

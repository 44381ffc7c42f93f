'use client';

import { useState } from 'react';
import type { AnalysisState } from '@/app/intake/intake-state';
import {
  control,
  fieldError,
  fieldLabel,
  hint,
  primaryButton,
} from '@/components/auth/form-styles';
import { FormMessage, TextField } from '@/components/editor/fields';
import { ARTICLE_MAX } from '@/lib/intake/limits';

const FORM = 'article';

/**
 * Step 1: the pasted article and its optional details. The text is held by the component (it
 * is not echoed back by the action, and React resets uncontrolled fields after an action).
 */
export function ArticleForm({
  state,
  action,
  pending,
}: {
  state: AnalysisState;
  action: (formData: FormData) => void;
  pending: boolean;
}) {
  const [text, setText] = useState('');
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  const common = { form: FORM, errors };
  const length = [...text].length;
  const textError = errors.text?.[0];

  return (
    <form
      key={state.nonce ?? 'initial'}
      action={action}
      noValidate
      aria-label="Article"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 font-sans sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div>
        <label htmlFor={`${FORM}-text`} className={fieldLabel}>
          Article text
        </label>
        <textarea
          id={`${FORM}-text`}
          name="text"
          rows={12}
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={ARTICLE_MAX * 2}
          aria-invalid={textError ? true : undefined}
          aria-describedby={`${FORM}-text-error ${FORM}-text-hint ${FORM}-message`}
          className={`${control} py-2`}
        />
        <p id={`${FORM}-text-hint`} className={hint} aria-live="polite">
          {length.toLocaleString('en-GB')} of {ARTICLE_MAX.toLocaleString('en-GB')} characters.
          Paste the text as it reads; markup is read as text.
        </p>
        <p id={`${FORM}-text-error`} aria-live="polite" className={fieldError}>
          {textError}
        </p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField {...common} name="title" label="Title (optional)" defaultValue={values.title} />
        <TextField
          {...common}
          name="publisherName"
          label="Publisher (optional)"
          defaultValue={values.publisherName}
        />
        <TextField
          {...common}
          name="url"
          label="Link (optional)"
          type="url"
          defaultValue={values.url}
          hint="An article already in the library with this link is cited rather than added again."
        />
        <TextField
          {...common}
          name="publishedAt"
          label="Publication date (optional)"
          type="date"
          defaultValue={values.publishedAt}
        />
      </div>
      <FormMessage form={FORM} message={state.message} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Reading the article…' : 'Find check-worthy claims'}
      </button>
    </form>
  );
}

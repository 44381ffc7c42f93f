'use client';

import { useActionState, useState } from 'react';
import { changeVerdictAction } from '@/app/editor/claims/actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton } from '@/components/auth/form-styles';
import { CONFIDENCES, VERDICTS } from '@/lib/domain/verdicts';
import { CLAIM_FIELD_LABELS } from './claim-form';
import { ConflictNotice } from './conflict-notice';
import { FormMessage, SelectField, TextArea } from './fields';
import { useRebase } from './use-rebase';

const FORM = 'verdict';
const INITIAL: EditorFormState = {};

/** Sets the verdict, confidence and rationale; admins may override the evidence rules. */
export function VerdictForm({
  claimId,
  version: loadedVersion,
  initialValues,
  isAdmin,
}: {
  claimId: number;
  version: number;
  initialValues: Record<string, string>;
  isAdmin: boolean;
}) {
  const [state, formAction, pending] = useActionState(changeVerdictAction, INITIAL);
  // What the form loaded stays its own: a refresh of the page (after any action) must not
  // move the guard to a version this editor never saw.
  const [loaded] = useState(() => ({ version: String(loadedVersion), values: initialValues }));
  const { version, conflict, reapply, isRebased, values } = useRebase(
    state,
    loaded.version,
    loaded.values,
  );
  const common = { form: FORM, errors: state.errors ?? {} };
  return (
    <div className="space-y-4">
      {conflict ? (
        <ConflictNotice
          changedFields={conflict.changedFields}
          current={conflict.current}
          typed={values}
          labels={CLAIM_FIELD_LABELS}
          onReapply={reapply}
        />
      ) : null}
      <form
        key={`${state.nonce ?? 'initial'}-${version}`}
        action={formAction}
        noValidate
        aria-label="Change the verdict"
        className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 font-sans dark:border-zinc-800 dark:bg-zinc-900"
      >
        <input type="hidden" name="id" value={claimId} />
        <input type="hidden" name="version" value={version} />
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
        <FormMessage form={FORM} message={isRebased ? undefined : state.message} />
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? 'Saving…' : 'Save verdict'}
        </button>
      </form>
    </div>
  );
}

'use client';

import { useActionState, useState } from 'react';
import { changeStageAction } from '@/app/editor/claims/[id]/desk-actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { secondaryButton } from '@/components/auth/form-styles';
import { FormMessage, SelectField, TextArea } from '@/components/editor/fields';
import { answerFor } from './answer-for';
import { STAGE_LABELS, STAGES, type Stage } from '@/lib/domain/stages';

const INITIAL: EditorFormState = {};
const FORM = 'desk-stage';
const OPTIONS = STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }));

interface StageFormProps {
  claimId: number;
  version: number;
  stage: Stage;
}

/**
 * Moves the claim to another stage. The reason field shows for Archive only (it is required
 * there); without JavaScript, choosing Archive and moving asks for it on the next render.
 */
export function StageForm({ claimId, version, stage }: StageFormProps) {
  const [answer, formAction, pending] = useActionState(changeStageAction, INITIAL);
  const state = answerFor(answer, version);
  const initial = state.values?.stage ?? stage;
  // What is chosen in the select, for the version it was chosen at: a save starts afresh.
  const [choice, setChoice] = useState({ version, stage: initial });
  const chosen = choice.version === version ? choice.stage : initial;
  return (
    <form
      // A new answer or version re-mounts the fields with what they should hold now.
      key={`${state.nonce ?? ''}:${version}`}
      action={formAction}
      aria-label="Move to another stage"
      className="space-y-3"
      onChange={(e) => {
        const target = e.target;
        if (target instanceof HTMLSelectElement && target.name === 'stage') {
          setChoice({ version, stage: target.value as Stage });
        }
      }}
    >
      <input type="hidden" name="id" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        form={FORM}
        name="stage"
        label="Stage"
        options={OPTIONS}
        defaultValue={state.values?.stage ?? stage}
        errors={state.errors}
      />
      {chosen === 'archived' ? (
        <TextArea
          form={FORM}
          name="reason"
          label="Why is the desk not checking this claim?"
          hint="Needed to archive; kept with the claim."
          defaultValue={state.values?.reason ?? ''}
          errors={state.errors}
          rows={2}
        />
      ) : null}
      <button type="submit" disabled={pending} className={secondaryButton}>
        Move
      </button>
      <FormMessage form={FORM} message={state.message} />
    </form>
  );
}

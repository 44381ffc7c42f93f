'use client';

import { useActionState } from 'react';
import { assignClaimAction } from '@/app/editor/claims/[id]/desk-actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { secondaryButton } from '@/components/auth/form-styles';
import { FormMessage, SelectField } from '@/components/editor/fields';
import { answerFor } from './answer-for';
import type { DeskRole } from '@/lib/domain/stages';
import type { DeskPerson } from '@/lib/workflow/desk-people';

const INITIAL: EditorFormState = {};
const LABELS: Record<DeskRole, string> = { assignee: 'Assignee', reviewer: 'Reviewer' };

interface AssignFormProps {
  claimId: number;
  version: number;
  role: DeskRole;
  current: string | null;
  me: string;
  people: DeskPerson[];
}

/**
 * Puts an editor on the claim as its assignee or reviewer: one of the desk's editors, yourself
 * ("Assign me"), or nobody ("Unassign"). Each button says which; the action resolves it.
 */
export function AssignForm({ claimId, version, role, current, me, people }: AssignFormProps) {
  const [answer, formAction, pending] = useActionState(assignClaimAction, INITIAL);
  const state = answerFor(answer, version);
  const form = `desk-${role}`;
  return (
    <form
      // A new answer or version re-mounts the select with who should show in it now.
      key={`${state.nonce ?? ''}:${version}`}
      action={formAction}
      aria-label={LABELS[role]}
      className="space-y-2"
    >
      <input type="hidden" name="id" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="role" value={role} />
      <SelectField
        form={form}
        name="userId"
        label={LABELS[role]}
        empty="Nobody"
        options={people.map((p) => ({ value: p.id, label: p.name }))}
        defaultValue={state.values?.userId ?? current ?? ''}
        errors={state.errors}
      />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          name="intent"
          value="assign"
          disabled={pending}
          className={secondaryButton}
        >
          {role === 'assignee' ? 'Assign' : 'Set reviewer'}
        </button>
        {current !== me ? (
          <button
            type="submit"
            name="intent"
            value="me"
            disabled={pending}
            className={secondaryButton}
          >
            Assign me
          </button>
        ) : null}
        {current ? (
          <button
            type="submit"
            name="intent"
            value="unassign"
            disabled={pending}
            className={secondaryButton}
          >
            Unassign
          </button>
        ) : null}
      </div>
      <FormMessage form={form} message={state.message} />
    </form>
  );
}

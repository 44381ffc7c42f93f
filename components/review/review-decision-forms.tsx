'use client';

import { useActionState } from 'react';
import { reviewVerdictAction } from '@/app/editor/claims/[id]/review-actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { FormMessage, TextArea } from '@/components/editor/fields';
import type { ReviewDecision } from '@/lib/review/types';
import { useLatestAnswer } from './use-latest-answer';

const INITIAL: EditorFormState = {};

interface DecisionFormProps {
  claimId: number;
  version: number;
  revisionId: number;
}

/** The form's last answer while it still applies to the version the page shows. */
function useDecision(version: number) {
  const [answer, formAction, pending] = useActionState(reviewVerdictAction, INITIAL);
  return { state: useLatestAnswer(answer, version), formAction, pending };
}

function Hidden({
  claimId,
  version,
  revisionId,
  decision,
}: DecisionFormProps & { decision: ReviewDecision }) {
  return (
    <>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="decision" value={decision} />
    </>
  );
}

/** A second editor's approval: the proposed verdict becomes the one readers see. */
export function ApproveForm(props: DecisionFormProps) {
  const { state, formAction, pending } = useDecision(props.version);
  return (
    <form action={formAction} aria-label="Approve the verdict" className="space-y-2">
      <Hidden {...props} decision="approve" />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Approving…' : 'Approve verdict'}
      </button>
      <FormMessage form="review-approve" message={state.message} />
    </form>
  );
}

/** Returns the proposal to its author with a comment saying what to fix (required). */
export function SendBackForm(props: DecisionFormProps) {
  const { state, formAction, pending } = useDecision(props.version);
  return (
    <form
      // A refused send-back re-mounts the field with what was typed.
      key={state.nonce ?? 'loaded'}
      action={formAction}
      aria-label="Send the verdict back"
      noValidate
      className="space-y-2"
    >
      <Hidden {...props} decision="send_back" />
      <TextArea
        form="review-send-back"
        name="comment"
        label="Comment"
        hint="Required: what the author should fix. They see it on this page and in their notifications."
        rows={3}
        required
        defaultValue={state.values?.comment ?? ''}
        errors={state.errors}
      />
      <button type="submit" disabled={pending} className={secondaryButton}>
        Send back
      </button>
      <FormMessage form="review-send-back" message={state.message} />
    </form>
  );
}

/** An admin's publication of the proposal without a second editor, with a written reason. */
export function BypassForm(props: DecisionFormProps) {
  const { state, formAction, pending } = useDecision(props.version);
  return (
    <form
      key={state.nonce ?? 'loaded'}
      action={formAction}
      aria-label="Publish without review"
      noValidate
      className="space-y-2"
    >
      <Hidden {...props} decision="bypass" />
      <TextArea
        form="review-bypass"
        name="comment"
        label="Reason"
        hint="Admins only. Required: why this verdict cannot wait for review. Kept in the audit log."
        rows={2}
        required
        defaultValue={state.values?.comment ?? ''}
        errors={state.errors}
      />
      <button type="submit" disabled={pending} className={secondaryButton}>
        Publish without review
      </button>
      <FormMessage form="review-bypass" message={state.message} />
    </form>
  );
}

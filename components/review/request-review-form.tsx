'use client';

import { useActionState } from 'react';
import { requestReviewAction } from '@/app/editor/claims/[id]/review-actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { primaryButton } from '@/components/auth/form-styles';
import { FormMessage } from '@/components/editor/fields';
import { useLatestAnswer } from './use-latest-answer';

const INITIAL: EditorFormState = {};

/** Asks the claim's reviewer to review the open verdict revision (again, after a send-back). */
export function RequestReviewForm({
  claimId,
  version,
  reviewerName,
}: {
  claimId: number;
  version: number;
  reviewerName: string;
}) {
  const [answer, formAction, pending] = useActionState(requestReviewAction, INITIAL);
  const state = useLatestAnswer(answer, version);
  return (
    <form action={formAction} aria-label="Request review" className="space-y-2">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm">{reviewerName} will be asked to review this verdict.</p>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Requesting…' : 'Request review'}
      </button>
      <FormMessage form="review-request" message={state.message} />
    </form>
  );
}

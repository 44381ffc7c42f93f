'use client';

import { useActionState } from 'react';
import { checkSourceNowAction } from '@/app/editor/sources/watch-actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { secondaryButton } from '@/components/auth/form-styles';

const INITIAL: EditorFormState = {};

/** "Check now": queues a check of the source; the answer is read out politely. */
export function CheckNowForm({ sourceId, title }: { sourceId: number; title: string }) {
  const [state, formAction, pending] = useActionState(checkSourceNowAction, INITIAL);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="sourceId" value={sourceId} />
      <button
        type="submit"
        disabled={pending}
        aria-describedby="check-now-message"
        className={secondaryButton}
      >
        Check now<span className="sr-only">: “{title}”</span>
      </button>
      <p id="check-now-message" aria-live="polite" className="font-sans font-semibold empty:hidden">
        {pending ? 'Queuing…' : state.message}
      </p>
    </form>
  );
}

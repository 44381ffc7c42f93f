'use client';

import { useActionState, useState } from 'react';
import { moveCardAction } from '@/app/editor/board/actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { STAGE_LABELS, STAGES, type Stage } from '@/lib/domain/stages';

const INITIAL: EditorFormState = {};

const control =
  'block min-h-10 w-full rounded-md border border-stone-300 bg-white px-2 text-sm text-stone-900 aria-[invalid=true]:border-red-700 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:aria-[invalid=true]:border-red-400';
const button =
  'inline-flex min-h-10 items-center rounded-md border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:bg-stone-100 disabled:cursor-progress disabled:opacity-70 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800';

/**
 * A card's keyboard-usable move: a stage select and a Move button, a plain form posting to a
 * server action (so it works without JavaScript). The reason field appears when Archived is
 * chosen, or, without JavaScript, when the action asks for it; refusals are announced here.
 */
export function MoveCardForm({
  claimId,
  version,
  stage,
  title,
  filters,
}: {
  claimId: number;
  version: number;
  stage: Stage;
  title: string;
  /** The board's filters, kept across the move. */
  filters: string;
}) {
  const [state, formAction, pending] = useActionState(moveCardAction, INITIAL);
  const typedStage = (state.values?.stage as Stage | undefined) ?? null;
  const [chosen, setChosen] = useState<Stage>(typedStage ?? stage);
  const prefix = `move-${claimId}`;
  const reasonError = state.errors?.reason?.[0];
  const stageError = state.errors?.stage?.[0];
  const showReason = chosen === 'archived' || Boolean(reasonError) || typedStage === 'archived';
  const message = reasonError || stageError ? undefined : state.message;
  return (
    <form
      key={state.nonce}
      action={formAction}
      className="mt-3 space-y-2 border-t border-stone-200 pt-3 dark:border-zinc-700"
    >
      <input type="hidden" name="id" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="filters" value={filters} />
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${prefix}-stage`} className="block text-xs font-semibold">
            Move <span className="sr-only">“{title}”</span> to
          </label>
          <select
            id={`${prefix}-stage`}
            name="stage"
            defaultValue={typedStage ?? stage}
            onChange={(event) => setChosen(event.target.value as Stage)}
            aria-invalid={stageError ? true : undefined}
            aria-describedby={`${prefix}-stage-error`}
            className={control}
          >
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className={button}>
          Move<span className="sr-only"> “{title}”</span>
        </button>
      </div>
      <p
        id={`${prefix}-stage-error`}
        aria-live="polite"
        className="text-sm font-semibold text-red-800 empty:hidden dark:text-red-300"
      >
        {stageError}
      </p>
      {showReason ? (
        <div>
          <label htmlFor={`${prefix}-reason`} className="block text-xs font-semibold">
            Reason for archiving
          </label>
          <input
            id={`${prefix}-reason`}
            name="reason"
            defaultValue={state.values?.reason ?? ''}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`${prefix}-reason-error`}
            className={control}
          />
        </div>
      ) : null}
      <p
        id={`${prefix}-reason-error`}
        aria-live="polite"
        className="text-sm font-semibold text-red-800 empty:hidden dark:text-red-300"
      >
        {reasonError}
      </p>
      <p role="alert" className="text-sm font-semibold text-red-800 empty:hidden dark:text-red-300">
        {message}
      </p>
    </form>
  );
}

'use client';

import { useActionState, useState } from 'react';
import { moveCardAction } from '@/app/editor/board/actions';
import type { EditorFormState } from '@/app/editor/form-state';
import { STAGE_LABELS, STAGES, type Stage } from '@/lib/domain/stages';

const INITIAL: EditorFormState = {};

// Short class lists: every card repeats them (the board's HTML grows with each byte here).
const control = 'min-h-10 w-full rounded border border-stone-500 bg-white px-2 dark:bg-zinc-900';
const button = 'min-h-10 rounded border border-stone-500 px-3 font-semibold';
const error = 'font-semibold text-red-800 empty:hidden dark:text-red-300';

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
    <form key={state.nonce} action={formAction} className="mt-2 space-y-1">
      <input type="hidden" name="id" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="filters" value={filters} />
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${prefix}-stage`} className="block text-xs">
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
      <p id={`${prefix}-stage-error`} aria-live="polite" className={error}>
        {stageError}
      </p>
      {showReason ? (
        <div>
          <label htmlFor={`${prefix}-reason`} className="block text-xs">
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
      <p id={`${prefix}-reason-error`} aria-live="polite" className={error}>
        {reasonError}
      </p>
      <p role="alert" className={error}>
        {message}
      </p>
    </form>
  );
}

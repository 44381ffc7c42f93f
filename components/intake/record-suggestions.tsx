'use client';

import { useActionState } from 'react';
import { createFromRecordAction } from '@/app/intake/actions';
import type { CreateDraftsState } from '@/app/intake/intake-state';
import type { Suggestion } from '@/lib/intake/types';
import { IntakeResult } from './intake-result';
import { SuggestionList } from './suggestion-list';

const FORM = 'record-drafts';
const NOTHING_CREATED: CreateDraftsState = {};

/**
 * The record's suggestions not kept yet, as the intake showed them: tick, edit and create them
 * as drafts now, through the same action rules as the intake itself.
 */
export function RecordSuggestions({
  recordId,
  version,
  suggestions,
}: {
  recordId: number;
  version: number;
  suggestions: Suggestion[];
}) {
  const [state, action, pending] = useActionState(createFromRecordAction, NOTHING_CREATED);
  const typed = state.saved ? undefined : state.values;
  const errors = typed ? (state.errors ?? {}) : {};
  const valueOf = (field: string, suggested: string) => typed?.[field] ?? suggested;
  const kept = new Set((typed?.keep ?? '').split(' ').filter(Boolean));

  return (
    <section aria-labelledby="open-heading" className="space-y-4">
      <h2 id="open-heading" className="font-serif text-2xl font-bold">
        Not kept ({suggestions.length})
      </h2>
      {state.saved ? <IntakeResult saved={state.saved} /> : null}
      {suggestions.length === 0 ? (
        <p>Every suggestion of this intake was kept.</p>
      ) : (
        <form
          key={`${version}-${state.nonce ?? 'fresh'}`}
          action={action}
          noValidate
          aria-label="Suggestions not kept"
          className="space-y-5 font-sans"
        >
          <input type="hidden" name="recordId" value={recordId} />
          <input type="hidden" name="recordVersion" value={version} />
          <p>Tick the ones to keep now, edit them, and create them as drafts citing the article.</p>
          <SuggestionList
            form={FORM}
            suggestions={suggestions}
            errors={errors}
            valueOf={valueOf}
            kept={kept}
            message={typed ? state.message : undefined}
            pending={pending}
          />
        </form>
      )}
    </section>
  );
}

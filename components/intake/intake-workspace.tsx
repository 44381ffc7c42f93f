'use client';

import { useActionState } from 'react';
import { analyseArticleAction, createDraftsAction } from '@/app/intake/actions';
import type { AnalysisState, CreateDraftsState } from '@/app/intake/intake-state';
import { ArticleForm } from './article-form';
import { IntakeResult } from './intake-result';
import { SuggestionsForm } from './suggestions-form';

const NO_ANALYSIS: AnalysisState = {};
const NOTHING_CREATED: CreateDraftsState = {};

/** The intake page's two steps: paste and read the article, then keep and create claims. */
export function IntakeWorkspace() {
  const [analysisState, analyse, analysing] = useActionState(analyseArticleAction, NO_ANALYSIS);
  const [createState, create, creating] = useActionState(createDraftsAction, NOTHING_CREATED);
  const saved =
    createState.saved && createState.analysisNonce === analysisState.nonce
      ? createState.saved
      : null;

  return (
    <div className="mt-6 space-y-8">
      <ArticleForm state={analysisState} action={analyse} pending={analysing} />
      {saved ? (
        <IntakeResult saved={saved} />
      ) : (
        <SuggestionsForm
          analysisState={analysisState}
          createState={createState}
          action={create}
          pending={creating}
        />
      )}
    </div>
  );
}

'use client';

import { useActionState, useState } from 'react';
import { analyseArticleAction, createDraftsAction } from '@/app/intake/actions';
import type { AnalysisState, CreateDraftsState } from '@/app/intake/intake-state';
import { ArticleForm } from './article-form';
import { IntakeResult } from './intake-result';
import { SuggestionsForm } from './suggestions-form';

const NO_ANALYSIS: AnalysisState = {};
const NOTHING_CREATED: CreateDraftsState = {};

/** The intake page's two steps: paste and read the article, then keep and create claims. */
export function IntakeWorkspace() {
  const [analysisState, analyseAction, analysing] = useActionState(
    analyseArticleAction,
    NO_ANALYSIS,
  );
  // The text as it was read: creating drafts sends it back, so the server reads the same article
  // again and keeps its suggestions in the intake record (lib/intake/create-intake-claims.ts).
  const [analysedText, setAnalysedText] = useState('');
  const analyse = (formData: FormData) => {
    const text = formData.get('text');
    setAnalysedText(typeof text === 'string' ? text : '');
    analyseAction(formData);
  };
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
          articleText={analysedText}
          createState={createState}
          action={create}
          pending={creating}
        />
      )}
    </div>
  );
}

'use client';

import Link from 'next/link';
import type { AnalysisState, CreateDraftsState } from '@/app/intake/intake-state';
import { TextField } from '@/components/editor/fields';
import { SuggestionList } from './suggestion-list';

const FORM = 'drafts';

/**
 * Step 2: the ranked suggestions, each a claim to keep and edit, and the article as the source
 * they will cite. One submit creates every kept suggestion as a draft (or a citation).
 */
export function SuggestionsForm({
  analysisState,
  articleText,
  createState,
  action,
  pending,
}: {
  analysisState: AnalysisState;
  articleText: string;
  createState: CreateDraftsState;
  action: (formData: FormData) => void;
  pending: boolean;
}) {
  const analysis = analysisState.analysis;
  if (!analysis) return null;
  // What was typed before a refused create belongs to this analysis only.
  const typed = createState.analysisNonce === analysisState.nonce ? createState.values : undefined;
  const errors = typed ? (createState.errors ?? {}) : {};
  const valueOf = (field: string, suggested: string) => typed?.[field] ?? suggested;
  const kept = new Set((typed?.keep ?? '').split(' ').filter(Boolean));
  const source = analysisState.source;
  const library = analysisState.librarySource;
  const common = { form: FORM, errors };

  return (
    <form
      key={`${analysisState.nonce}-${typed ? createState.nonce : 'fresh'}`}
      action={action}
      noValidate
      aria-label="Suggested claims"
      className="space-y-6 font-sans"
    >
      <input type="hidden" name="analysisNonce" value={analysisState.nonce ?? ''} />
      <input type="hidden" name="text" value={articleText} />
      <section aria-labelledby="intake-summary-heading" className="space-y-2">
        <h2 id="intake-summary-heading" className="font-serif text-2xl font-bold">
          Suggestions
        </h2>
        <p>
          {analysis.sentenceCount} {analysis.sentenceCount === 1 ? 'sentence' : 'sentences'} read;{' '}
          {analysis.suggestions.length}{' '}
          {analysis.suggestions.length === 1 ? 'suggestion' : 'suggestions'}, best first. Tick the
          ones to keep, edit them, and create them as drafts.
        </p>
        {analysis.notes.length > 0 ? (
          <ul aria-label="Notes on this article" className="list-disc space-y-1 ps-5">
            {analysis.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </section>

      {analysis.suggestions.length > 0 ? (
        <>
          <fieldset className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900">
            <legend className="px-1 text-lg font-bold">The article as a source</legend>
            {library ? (
              <p className="rounded-md bg-stone-100 p-3 dark:bg-zinc-800">
                {library.deleted
                  ? 'A source with this link was removed from the library; an admin must restore it before it can be cited: '
                  : 'This link is already in the library; the claims will cite that source: '}
                <Link href={`/sources/${library.id}`} className="underline">
                  {library.title}
                </Link>
              </p>
            ) : null}
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                {...common}
                name="title"
                label="Source title"
                defaultValue={valueOf('title', source?.title ?? '')}
              />
              <TextField
                {...common}
                name="publisherName"
                label="Publisher"
                defaultValue={valueOf('publisherName', source?.publisherName ?? '')}
              />
              <TextField
                {...common}
                name="url"
                label="Link"
                type="url"
                defaultValue={valueOf('url', source?.url ?? '')}
              />
              <TextField
                {...common}
                name="publishedAt"
                label="Publication date"
                type="date"
                defaultValue={valueOf('publishedAt', source?.publishedAt ?? '')}
              />
            </div>
            <p className="text-sm text-stone-600 dark:text-zinc-400">Kind: news report.</p>
          </fieldset>

          <SuggestionList
            form={FORM}
            suggestions={analysis.suggestions}
            errors={errors}
            valueOf={valueOf}
            kept={kept}
            message={typed ? createState.message : undefined}
            pending={pending}
          />
        </>
      ) : null}
    </form>
  );
}

'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { forgetSavesOnTheirWay } from '@/components/editor/form-drafts';
import { isRefusalText } from '@/lib/http/refusal-text';

/** Shown when a page fails to render: calm, no internals, a way to retry and a way out. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
    // A save that failed this way saved nothing: the editors' forms keep their drafts.
    forgetSavesOnTheirWay();
  }, [error]);

  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string'
      ? error.digest
      : null;
  // The server refused a form it was sent (too large, say): its reason, not an apology.
  const refusal =
    error instanceof Error && digest === null && isRefusalText(error.message)
      ? error.message
      : null;

  return (
    <div role="alert" className="max-w-prose py-8">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
        {refusal ? 'The server did not accept this' : 'This page could not be loaded'}
      </h1>
      <p className="mt-4 font-serif text-lg leading-relaxed text-stone-800 dark:text-zinc-200">
        {refusal ??
          'Something went wrong on our side. Nothing you did caused it, and no data was changed. Please try again in a moment.'}
      </p>
      {digest ? (
        <p className="mt-2 font-sans text-sm text-stone-600 dark:text-zinc-400">
          Reference: <code>{digest}</code>
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3 font-sans">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex min-h-11 items-center rounded-md bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-zinc-950 dark:hover:bg-sky-200"
        >
          Try again
        </button>
        <Link
          href="/"
          className="text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300"
        >
          Go to the home page
        </Link>
      </div>
    </div>
  );
}

import type { VerdictHistoryEntry } from '@/lib/claims/types';
import { FormattedDate } from './formatted-date';
import { VerdictBadge } from './verdict-badge';

/** The public corrections log: every verdict the claim has had, newest first, each explained. */
export function VerdictHistory({ history }: { history: VerdictHistoryEntry[] }) {
  if (history.length === 0) {
    return <p className="text-stone-600 dark:text-zinc-400">No verdict has been recorded yet.</p>;
  }
  return (
    <ol reversed aria-label="Verdict changes, newest first" className="space-y-0">
      {history.map((entry, i) => (
        <li
          key={entry.id}
          className="relative border-s-2 border-stone-300 ps-6 pb-6 last:pb-0 dark:border-zinc-700"
        >
          <span
            aria-hidden="true"
            className="absolute -start-[7px] top-1.5 size-3 rounded-full border-2 border-stone-50 bg-stone-500 dark:border-zinc-950 dark:bg-zinc-400"
          />
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 font-sans">
            {entry.importedAt ? (
              // Not the desk's own judgement at that date: a revision another desk recorded,
              // brought in by an admin's import (lib/import). Readers are told so.
              <span className="text-sm font-semibold text-stone-800 dark:text-zinc-200">
                <span className="me-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs tracking-wide uppercase dark:bg-zinc-700">
                  Imported<span className="sr-only">:</span>
                </span>{' '}
                Recorded elsewhere on <FormattedDate date={entry.createdAt} />; imported on{' '}
                <FormattedDate date={entry.importedAt} />
              </span>
            ) : (
              <FormattedDate
                date={entry.createdAt}
                className="text-sm font-semibold text-stone-800 dark:text-zinc-200"
              />
            )}
            {i === 0 ? (
              <span className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-zinc-400">
                Latest
              </span>
            ) : null}
          </p>
          <div className="mt-1.5">
            <VerdictBadge verdict={entry.verdict} confidence={entry.confidence} />
          </div>
          {entry.rationale ? (
            <p className="mt-2 max-w-prose font-serif leading-relaxed text-stone-800 dark:text-zinc-200">
              {entry.rationale}
            </p>
          ) : null}
          {entry.overrideReason ? (
            // Readers see when a verdict stands on an editor's judgement beyond the desk's
            // evidence rules, and why (IFCN: the method is stated).
            <p className="mt-2 max-w-prose rounded-md border border-amber-700/40 bg-amber-50 px-3 py-2 font-sans text-sm text-amber-950 dark:border-amber-400/40 dark:bg-amber-950 dark:text-amber-100">
              <span className="font-semibold">Set despite the evidence rules:</span>{' '}
              {entry.overrideReason}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

import Link from 'next/link';
import { LINK_STATES, type LinkState } from '@/lib/domain/source-watch';
import { LINK_STATE_LABELS, PROBLEM_STATES } from '@/lib/watch/read/watch-words';

const item = 'inline-flex min-h-10 items-center rounded-full border px-3 text-sm font-semibold';
const link = `${item} border-stone-300 bg-white text-blue-700 hover:bg-stone-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-sky-300 dark:hover:bg-zinc-800`;
const current = `${item} border-blue-700 bg-blue-700 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-zinc-950`;

/** The watch list by state, with counts: "Needs a look" (every problem state) or one state. */
export function WatchStateLinks({
  state,
  counts,
  hrefFor,
}: {
  state: LinkState | null;
  counts: Record<LinkState, number>;
  hrefFor: (state: LinkState | null) => string;
}) {
  const problems = PROBLEM_STATES.reduce((n, s) => n + counts[s], 0);
  const choices: { value: LinkState | null; label: string; count: number }[] = [
    { value: null, label: 'Needs a look', count: problems },
    ...LINK_STATES.map((s) => ({ value: s, label: LINK_STATE_LABELS[s], count: counts[s] })),
  ];
  return (
    <nav aria-label="Sources by link state" className="mt-4 font-sans">
      <ul className="flex flex-wrap gap-2">
        {choices.map((choice) => {
          const text = `${choice.label} (${choice.count.toLocaleString('en-GB')})`;
          return (
            <li key={choice.value ?? 'problems'}>
              {choice.value === state ? (
                <span aria-current="page" className={current}>
                  {text}
                </span>
              ) : (
                <Link href={hrefFor(choice.value)} className={link}>
                  {text}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

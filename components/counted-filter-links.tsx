import Link from 'next/link';

const item = 'inline-flex min-h-10 items-center rounded-full border px-3 text-sm font-semibold';
const link = `${item} border-stone-300 bg-white text-blue-700 hover:bg-stone-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-sky-300 dark:hover:bg-zinc-800`;
const current = `${item} border-blue-700 bg-blue-700 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-zinc-950`;

export type CountedChoice<V> = { value: V; label: string; count: number };

/**
 * A row of filter links with counts ("Dead (12)"), the chosen one marked as the current page:
 * the URL is the filter, so it works without JavaScript. One look for every such row (My desk
 * by stage, the Source watch by link state).
 */
export function CountedFilterLinks<V extends string | null>({
  label,
  choices,
  chosen,
  hrefFor,
  className = 'mt-3',
}: {
  /** What the row filters, for the navigation landmark ("Sources by link state"). */
  label: string;
  choices: readonly CountedChoice<V>[];
  chosen: V;
  hrefFor: (value: V) => string;
  className?: string;
}) {
  return (
    <nav aria-label={label} className={`${className} font-sans`}>
      <ul className="flex flex-wrap gap-2">
        {choices.map((choice) => {
          const text = `${choice.label} (${choice.count.toLocaleString('en-GB')})`;
          return (
            <li key={choice.value ?? ''}>
              {choice.value === chosen ? (
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

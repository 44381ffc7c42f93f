import Link from 'next/link';

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The URL of a page of the same list, filters kept. */
  hrefFor: (page: number) => string;
  label?: string;
}

const linkClass =
  'inline-flex min-h-11 items-center gap-1 rounded-md border border-stone-300 bg-white px-4 font-medium text-blue-700 hover:bg-stone-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-sky-300 dark:hover:bg-zinc-800';
const inertClass =
  'inline-flex min-h-11 items-center gap-1 rounded-md border border-stone-200 px-4 text-stone-400 dark:border-zinc-800 dark:text-zinc-600';

/** Previous / "Page X of Y" / Next; server-rendered links, so paging works without JavaScript. */
export function Pagination({ page, pageCount, hrefFor, label = 'Pagination' }: PaginationProps) {
  if (pageCount <= 1) {
    return (
      <p className="mt-8 text-sm text-stone-600 dark:text-zinc-400">
        Page {page} of {pageCount}
      </p>
    );
  }
  const hasPrevious = page > 1;
  const hasNext = page < pageCount;
  return (
    <nav aria-label={label} className="mt-8 font-sans">
      <ul className="flex flex-wrap items-center justify-between gap-3">
        <li>
          {hasPrevious ? (
            <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
              <span aria-hidden="true">←</span> Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={inertClass}>
              <span aria-hidden="true">←</span> Previous
            </span>
          )}
        </li>
        <li className="text-sm text-stone-700 dark:text-zinc-300">
          Page {page} of {pageCount}
        </li>
        <li>
          {hasNext ? (
            <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
              Next <span aria-hidden="true">→</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={inertClass}>
              Next <span aria-hidden="true">→</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}

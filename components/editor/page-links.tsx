import Link from 'next/link';
import { pageWindow } from './page-window';

interface PageLinksProps {
  page: number;
  pageCount: number;
  /** The URL of a page of the same list, filters kept. */
  hrefFor: (page: number) => string;
  label: string;
}

const item =
  'inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border px-3 text-sm font-semibold';
const link = `${item} border-stone-300 bg-white text-blue-700 hover:bg-stone-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-sky-300 dark:hover:bg-zinc-800`;
const current = `${item} border-blue-700 bg-blue-700 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-zinc-950`;

/**
 * Previous, numbered pages and Next, as server-rendered links: editors jump straight to a page
 * of a long list (the reader list's components/pagination.tsx only steps one page at a time).
 */
export function PageLinks({ page, pageCount, hrefFor, label }: PageLinksProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 font-sans">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={link}>
              <span aria-hidden="true">←</span>&nbsp;Previous
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={current}>
                  <span className="sr-only">{'Page '}</span>
                  {p}
                </span>
              ) : (
                <Link href={hrefFor(p)} className={link}>
                  <span className="sr-only">{'Page '}</span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={link}>
              Next&nbsp;<span aria-hidden="true">→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

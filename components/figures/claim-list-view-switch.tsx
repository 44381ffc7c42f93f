import Link from 'next/link';
import { claimListViewHref, type ClaimListView } from '@/lib/figures/list-view';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';

const VIEWS: { view: ClaimListView; label: string }[] = [
  { view: 'list', label: 'List' },
  { view: 'figures', label: 'Figures' },
];

/** "List | Figures": plain links to the same list state in the other view (no JavaScript). */
export function ClaimListViewSwitch({
  query,
  view,
}: {
  query: ClaimListQuery;
  view: ClaimListView;
}) {
  return (
    <nav aria-label="Show claims as" className="mb-4 font-sans text-sm">
      <ul className="inline-flex overflow-hidden rounded-md border border-stone-300 dark:border-zinc-700">
        {VIEWS.map((v) => {
          const current = v.view === view;
          return (
            <li key={v.view}>
              <Link
                href={claimListViewHref(query, v.view)}
                aria-current={current ? 'page' : undefined}
                className={
                  current
                    ? 'block bg-stone-800 px-3 py-1.5 font-semibold text-white dark:bg-zinc-200 dark:text-zinc-900'
                    : 'block px-3 py-1.5 underline'
                }
              >
                {v.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

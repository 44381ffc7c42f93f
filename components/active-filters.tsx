import Link from 'next/link';
import type { FilterLabels } from '@/lib/claims/filter-options';
import { confidenceLabel, verdictInfo } from '@/lib/domain/verdicts';
import { claimListViewHref, type ClaimListView } from '@/lib/figures/list-view';
import { truncate } from '@/lib/format/text';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';

interface Chip {
  key: string;
  text: string;
  href: string;
}

/**
 * The filters in force, each a link to the same list without it (and back to page 1), in the
 * same view (list or figures).
 */
export function ActiveFilters({
  query,
  labels,
  view = 'list',
}: {
  query: ClaimListQuery;
  labels: FilterLabels;
  view?: ClaimListView;
}) {
  const without = (overrides: Partial<ClaimListQuery>) =>
    claimListViewHref({ ...query, ...overrides, page: 1 }, view);
  const chips: Chip[] = [];
  if (query.q) {
    // Relevance only means something with a search; drop it with the search.
    const sort = query.sort === 'relevance' ? 'updated' : query.sort;
    chips.push({
      key: 'q',
      text: `Search: “${truncate(query.q, 80)}”`,
      href: without({ q: '', sort }),
    });
  }
  for (const code of query.verdicts) {
    chips.push({
      key: `verdict-${code}`,
      text: `Verdict: ${verdictInfo(code).label}`,
      href: without({ verdicts: query.verdicts.filter((v) => v !== code) }),
    });
  }
  if (query.confidence) {
    chips.push({
      key: 'confidence',
      text: `Confidence: ${confidenceLabel(query.confidence).replace(/ confidence$/, '')}`,
      href: without({ confidence: null }),
    });
  }
  if (query.claimant) {
    chips.push({
      key: 'claimant',
      text: `Claimant: ${labels.claimant ?? `unknown (#${query.claimant})`}`,
      href: without({ claimant: null }),
    });
  }
  if (query.tag) {
    chips.push({
      key: 'tag',
      text: `Tag: ${labels.tag ?? query.tag}`,
      href: without({ tag: null }),
    });
  }
  if (query.source) {
    chips.push({
      key: 'source',
      text: `Cited source: ${labels.source ?? `unknown (#${query.source})`}`,
      href: without({ source: null }),
    });
  }
  if (query.story) {
    chips.push({
      key: 'story',
      text: `Story: ${labels.story ?? query.story}`,
      href: without({ story: null }),
    });
  }
  if (chips.length === 0) return null;

  return (
    <div className="mb-4 flex flex-wrap items-baseline gap-x-3 gap-y-2 font-sans">
      <h2 id="active-filters-heading" className="text-sm font-semibold">
        Active filters
      </h2>
      <ul aria-labelledby="active-filters-heading" className="flex min-w-0 flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key} className="max-w-full">
            <Link
              href={chip.href}
              title="Remove this filter"
              className="inline-flex min-h-9 max-w-full items-center gap-2 rounded-full border border-stone-300 bg-white py-1 ps-3 pe-2 text-sm text-stone-800 hover:border-stone-500 hover:bg-stone-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:border-zinc-400 dark:hover:bg-zinc-800"
            >
              <span className="min-w-0 wrap-anywhere">{chip.text}</span>
              <span className="sr-only">, remove filter</span>
              <span
                aria-hidden="true"
                className="grid size-5 shrink-0 place-items-center rounded-full bg-stone-200 text-base leading-none dark:bg-zinc-700"
              >
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

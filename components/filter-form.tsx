'use client';

import Link from 'next/link';
import { control, fieldLabel } from '@/components/auth/form-styles';
import type { FilterOptions } from '@/lib/claims/filter-options';
import type { ClaimListView } from '@/lib/figures/list-view';
import { CONFIDENCES, VERDICTS } from '@/lib/domain/verdicts';
import { isDefaultSort, type ClaimListQuery } from '@/lib/validation/claim-list-query';
import { ClaimFilterFormElement } from './claim-filter-form-element';
import { CLAIM_SORT_OPTIONS } from './claim-sort-options';
import { FilterSelect } from './filter-select';
import { VerdictIcon } from './verdict-icon';

/** How many filters besides the search words the list state has (shown on the folded button). */
function filtersInForce(query: ClaimListQuery): number {
  return (
    query.verdicts.length +
    (query.confidence ? 1 : 0) +
    (query.tag ? 1 : 0) +
    (query.claimant ? 1 : 0) +
    (isDefaultSort(query.q, query.sort) ? 0 : 1)
  );
}

/**
 * The claim list's filters as a plain GET form: submitting it loads `/claims?…`, so it works with
 * no JavaScript at all, and every state it produces is a shareable URL. Page is left out on
 * purpose: a new filter starts again at page 1. A client component though it keeps no state: the
 * page's React payload then carries the list state and the (cached) options, ~5 KB, instead of
 * the form's element tree with its classes, eight verdict boxes and every option (~19 KB), on
 * every render of the list (bench:list).
 */
export function FilterForm({
  query,
  options,
  selectedClaimantName,
  view = 'list',
}: {
  query: ClaimListQuery;
  options: FilterOptions;
  /** The name of the claimant in the URL, when there is one. */
  selectedClaimantName: string | null;
  /** How the list is shown: filtering the figures keeps showing figures. */
  view?: ClaimListView;
}) {
  const inForce = filtersInForce(query);
  return (
    <ClaimFilterFormElement
      initialSearch={query.q}
      currentSort={query.sort}
      action="/claims"
      method="get"
      role="search"
      aria-labelledby="filter-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 font-sans sm:p-5 lg:space-y-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2
        id="filter-heading"
        className="sr-only lg:not-sr-only lg:font-serif lg:text-lg lg:font-semibold"
      >
        Filter claims
      </h2>

      <div>
        <label htmlFor="filter-q" className={fieldLabel}>
          Search claims
        </label>
        <input
          id="filter-q"
          type="search"
          name="q"
          defaultValue={query.q}
          maxLength={500}
          autoComplete="off"
          aria-describedby="claim-list-count"
          className={`${control} placeholder:text-stone-500 dark:placeholder:text-zinc-500`}
          placeholder="e.g. troops Kursk"
        />
      </div>

      {/* On a phone the filters fold away behind one button, so the first result is on the first
          screen; from the `lg` width they stand open beside the list (the summary is hidden and
          the closed details' content shown). A <details> needs no JavaScript. */}
      <details className="group lg:[&::details-content]:[content-visibility:visible]">
        <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-stone-300 px-4 font-semibold text-stone-800 before:inline-block before:transition-transform before:content-['▸'] group-open:before:rotate-90 hover:bg-stone-100 lg:hidden dark:border-zinc-600 dark:text-zinc-100 dark:hover:bg-zinc-800 [&::-webkit-details-marker]:hidden">
          Filters{inForce > 0 ? ` (${inForce} in force)` : ''}
        </summary>
        <div className="mt-4 space-y-5 lg:mt-0">
          <fieldset>
            <legend className={fieldLabel}>Verdict</legend>
            <div className="mt-1 flex flex-wrap gap-x-5 lg:flex-col">
              {VERDICTS.map((v) => (
                <div key={v.code} className="flex min-h-10 items-center gap-2.5">
                  <input
                    id={`filter-verdict-${v.code}`}
                    type="checkbox"
                    name="verdict"
                    value={v.code}
                    defaultChecked={query.verdicts.includes(v.code)}
                    className="size-5 shrink-0 accent-blue-700 dark:accent-sky-400"
                  />
                  <label
                    htmlFor={`filter-verdict-${v.code}`}
                    title={v.meaning}
                    className="inline-flex items-center gap-1.5 text-base text-stone-800 dark:text-zinc-200"
                  >
                    <VerdictIcon verdict={v.code} className="size-4 shrink-0" />
                    {v.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>

          <FilterSelect
            id="filter-confidence"
            name="confidence"
            label="Confidence"
            defaultValue={query.confidence ?? ''}
            any="Any confidence"
            options={CONFIDENCES.map((c) => ({ value: c.code, label: c.label }))}
          />

          <FilterSelect
            id="filter-tag"
            name="tag"
            label="Tag"
            defaultValue={query.tag ?? ''}
            any="Any tag"
            options={options.tags.map((t) => ({ value: t.slug, label: `${t.name} (${t.count})` }))}
          />

          <FilterSelect
            id="filter-claimant"
            name="claimant"
            label="Claimant"
            defaultValue={query.claimant ? String(query.claimant) : ''}
            any="Any claimant"
            options={options.claimants.map((c) => ({
              value: String(c.id),
              label: `${c.name} (${c.count})`,
            }))}
          >
            {query.claimant && !options.claimants.some((c) => c.id === query.claimant) ? (
              // The options list only the most prolific claimants; keep the chosen one selectable.
              <option value={String(query.claimant)}>
                {selectedClaimantName ?? 'This claimant'}
              </option>
            ) : null}
          </FilterSelect>

          <FilterSelect
            id="filter-sort"
            name="sort"
            label="Sort by"
            defaultValue={query.sort}
            options={CLAIM_SORT_OPTIONS}
          />
        </div>
      </details>

      {query.source ? <input type="hidden" name="source" value={String(query.source)} /> : null}
      {query.story ? <input type="hidden" name="story" value={query.story} /> : null}
      {view === 'figures' ? <input type="hidden" name="view" value="figures" /> : null}

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 pt-1">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-md bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-zinc-950 dark:hover:bg-sky-200"
        >
          Apply
        </button>
        <Link
          href={view === 'figures' ? '/claims?view=figures' : '/claims'}
          className="inline-flex min-h-11 items-center text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300"
        >
          Clear filters
        </Link>
      </div>
    </ClaimFilterFormElement>
  );
}

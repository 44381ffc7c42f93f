import type { Metadata } from 'next';
import Link from 'next/link';
import { ActiveFilters } from '@/components/active-filters';
import { ClaimList } from '@/components/claim-list';
import { ClaimFiguresView } from '@/components/figures/claim-figures-view';
import { ClaimListViewSwitch } from '@/components/figures/claim-list-view-switch';
import { ExportLinks } from '@/components/export-links';
import { FilterForm } from '@/components/filter-form';
import { Pagination } from '@/components/pagination';
import { SearchSuggestion } from '@/components/search-suggestion';
import { describeFilters, findFilterOptions, type FilterLabels } from '@/lib/claims/filter-options';
import { parseClaimListView } from '@/lib/figures/list-view';
import { findPublishedClaims } from '@/lib/claims/find-claims';
import { claimListHref } from '@/lib/format/claim-list-href';
import { cappedListNote, countOf, listCountOf } from '@/lib/format/counts';
import { truncate } from '@/lib/format/text';
import {
  claimListSearchParams,
  isDefaultSort,
  parseClaimListQuery,
  type ClaimListQuery,
} from '@/lib/validation/claim-list-query';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Claims',
  description: 'Search and filter published claims by verdict, confidence, tag and claimant.',
};

interface ClaimsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** "Claims by South Korean intelligence tagged North Korea citing “…”". */
function listHeading(query: ClaimListQuery, labels: FilterLabels): string {
  let heading = 'Claims';
  if (query.claimant && labels.claimant) heading += ` by ${labels.claimant}`;
  if (query.tag && labels.tag) heading += ` tagged ${labels.tag}`;
  if (query.source && labels.source) heading += ` citing “${labels.source}”`;
  if (query.story && labels.story) heading += ` in the story “${labels.story}”`;
  return heading;
}

/**
 * The filter form's identity: the list state without its search words and page (typing changes
 * those, and must not remount the box being typed in) and with the sort only when it was chosen.
 */
function formKey(query: ClaimListQuery): string {
  const rest = claimListSearchParams(query, { q: '', sort: 'relevance', page: 1 }).toString();
  return `${rest}|${isDefaultSort(query.q, query.sort) ? '' : query.sort}`;
}

function hasFilters(query: ClaimListQuery): boolean {
  return Boolean(
    query.q ||
    query.verdicts.length > 0 ||
    query.confidence ||
    query.tag ||
    query.claimant ||
    query.source ||
    query.story,
  );
}

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

export default async function ClaimsPage({ searchParams }: ClaimsPageProps) {
  const params = await searchParams;
  const query = parseClaimListQuery(params);
  const view = parseClaimListView(params);
  const [result, options, labels] = await Promise.all([
    findPublishedClaims(query),
    findFilterOptions(),
    describeFilters(query),
  ]);
  const beyondLastPage = result.items.length === 0 && result.total > 0;

  return (
    <>
      <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
        {listHeading(query, labels)}
      </h1>
      <p
        id="claim-list-count"
        role="status"
        aria-live="polite"
        className="mt-2 text-base text-stone-700 dark:text-zinc-300"
      >
        <span className="font-semibold">{listCountOf(result.total, result.capped, 'claim')}</span>
        {query.q ? <> matching “{truncate(query.q, 80)}”</> : null}
        {result.capped ? <>. {cappedListNote(result.total)}</> : null}
      </p>

      {/* One column on a phone (the form, its filters folded, then the results, then the
          downloads); from `lg` the form and the downloads stand beside the results. */}
      <div className="mt-6 grid gap-x-10 gap-y-6 lg:mt-8 lg:grid-cols-[17rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr]">
        <div className="lg:col-start-1 lg:row-start-1">
          {/* Keyed by the list state but its search words: links (chips, "Clear filters") change
              the URL without a full page load, and the form's fields must then show the new
              state; the search box follows the URL by itself, so typing is never interrupted by
              the list it asked for (components/claim-filter-form-element.tsx). */}
          <FilterForm
            key={formKey(query)}
            query={query}
            options={options}
            selectedClaimantName={labels.claimant}
            view={view}
          />
        </div>

        <section
          id="results"
          tabIndex={-1}
          aria-labelledby="results-heading"
          className="min-w-0 outline-none lg:col-start-2 lg:row-span-2 lg:row-start-1"
        >
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <ActiveFilters query={query} labels={labels} view={view} />
          {result.total > 0 ? <ClaimListViewSwitch query={query} view={view} /> : null}

          {view === 'figures' && result.total > 0 ? (
            <ClaimFiguresView query={query} />
          ) : result.items.length > 0 ? (
            <>
              <ClaimList claims={result.items} headingLevel={3} />
              <Pagination
                page={result.page}
                pageCount={result.pageCount}
                hrefFor={(page) => claimListHref(query, { page })}
                label="Claim list pages"
              />
            </>
          ) : (
            <div className="rounded-lg border border-dashed border-stone-300 p-6 dark:border-zinc-700">
              {beyondLastPage ? (
                <>
                  <p className="font-serif text-xl font-semibold">
                    There is no page {query.page} of this list.
                  </p>
                  <p className="mt-2 text-stone-700 dark:text-zinc-300">
                    It has {countOf(result.pageCount, 'page')}.{' '}
                    <Link
                      href={claimListHref(query, { page: result.pageCount })}
                      className={textLink}
                    >
                      Go to the last page
                    </Link>{' '}
                    or{' '}
                    <Link href={claimListHref(query, { page: 1 })} className={textLink}>
                      back to the first page
                    </Link>
                    .
                  </p>
                </>
              ) : hasFilters(query) ? (
                <>
                  <p className="font-serif text-xl font-semibold">
                    No published claims match these filters.
                  </p>
                  {result.suggestion ? (
                    <SearchSuggestion
                      suggestion={result.suggestion}
                      href={claimListHref(query, { q: result.suggestion, page: 1 })}
                    />
                  ) : null}
                  <p className="mt-2 text-stone-700 dark:text-zinc-300">
                    Try fewer or different search words, remove a filter above, or{' '}
                    <Link href="/claims" className={textLink}>
                      clear all filters
                    </Link>
                    .
                  </p>
                </>
              ) : (
                <p className="font-serif text-xl font-semibold">
                  No claims have been published yet.
                </p>
              )}
            </div>
          )}
        </section>

        {result.total > 0 ? (
          <div className="lg:col-start-1 lg:row-start-2">
            <ExportLinks query={query} total={result.total} capped={result.capped} />
          </div>
        ) : null}
      </div>
    </>
  );
}

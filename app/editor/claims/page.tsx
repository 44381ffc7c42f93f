import type { Metadata } from 'next';
import Link from 'next/link';
import { primaryButton, secondaryButton } from '@/components/auth/form-styles';
import { BulkActionsForm } from '@/components/editor/bulk-actions-form';
import { EditorClaimFilters } from '@/components/editor/editor-claim-filters';
import { EditorClaimList } from '@/components/editor/editor-claim-list';
import { PageLinks } from '@/components/editor/page-links';
import { SavedViewForm } from '@/components/editor/saved-view-form';
import { SavedViewList } from '@/components/editor/saved-view-list';
import { SearchSuggestion } from '@/components/search-suggestion';
import { requireEditorPage } from '@/lib/auth/page-guard';
import { findEditorFilterOptions } from '@/lib/claims/editor-filter-options';
import { findStoryOptions } from '@/lib/stories/find-stories-for-editing';
import { findClaimsForEditing } from '@/lib/claims/find-claims-for-editing';
import { findMySavedViews } from '@/lib/desk/saved-views';
import { cappedListNote, listCountOf } from '@/lib/format/counts';
import {
  editorClaimListHref,
  editorClaimListSearch,
  parseEditorClaimListQuery,
} from '@/lib/validation/editor-claim-list-query';

export const metadata: Metadata = { title: 'Editor desk' };

interface EditorClaimsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The bulk form's id: the rows' checkboxes belong to it (the HTML `form` attribute). */
const BULK_FORM = 'bulk-actions';

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

export default async function EditorClaimsPage({ searchParams }: EditorClaimsPageProps) {
  const user = await requireEditorPage('/editor/claims');
  const query = parseEditorClaimListQuery(await searchParams);
  const [result, options, views, stories] = await Promise.all([
    findClaimsForEditing(user, query),
    findEditorFilterOptions(user, query),
    findMySavedViews(user),
    findStoryOptions(user),
  ]);
  const pastTheEnd = result.total > 0 && result.page > result.pageCount;

  return (
    <div className="pb-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Editor desk</h1>
        <div className="flex gap-2">
          <Link href="/editor/sources/new" className={secondaryButton}>
            New source
          </Link>
          <Link href="/editor/claims/new" className={primaryButton}>
            New claim
          </Link>
        </div>
      </div>
      <EditorClaimFilters query={query} options={options} isAdmin={user.role === 'admin'} />
      <section aria-labelledby="saved-views-heading" className="mt-4 font-sans">
        <h2 id="saved-views-heading" className="text-lg font-semibold">
          Saved views
        </h2>
        <SavedViewList views={views} />
        <div className="mt-3">
          <SavedViewForm query={editorClaimListSearch(query, { page: 1 })} />
        </div>
      </section>
      {/* Always shown: its answer stays on screen when the action empties the filtered list. */}
      <BulkActionsForm id={BULK_FORM} people={options.people} stories={stories} />
      <p className="mt-4 text-sm text-stone-600 dark:text-zinc-400">
        {listCountOf(result.total, result.capped, 'claim')}
        {result.pageCount > 1 && !pastTheEnd
          ? ` · page ${result.page} of ${result.pageCount}`
          : null}
        {result.capped ? <>. {cappedListNote(result.total)}</> : null}
      </p>
      {pastTheEnd ? (
        <p role="status" className="mt-4">
          There is no page {result.page} of this list.{' '}
          <Link href={editorClaimListHref(query, { page: result.pageCount })} className={textLink}>
            Go to the last page ({result.pageCount})
          </Link>
        </p>
      ) : result.total === 0 ? (
        <>
          <p className="mt-4">
            No claims match these filters.{' '}
            <Link href="/editor/claims" className={textLink}>
              Clear filters
            </Link>
          </p>
          {result.suggestion ? (
            <SearchSuggestion
              suggestion={result.suggestion}
              href={editorClaimListHref(query, { q: result.suggestion, page: 1 })}
            />
          ) : null}
        </>
      ) : (
        <>
          <EditorClaimList
            items={result.items}
            claimantHref={(claimant) => editorClaimListHref(query, { claimant, page: 1 })}
            bulkForm={BULK_FORM}
          />
          <PageLinks
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={(page) => editorClaimListHref(query, { page })}
            label="Claim list pages"
          />
        </>
      )}
    </div>
  );
}

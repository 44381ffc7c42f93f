import Link from 'next/link';
import { control, fieldLabel, secondaryButton } from '@/components/auth/form-styles';
import type { EditorFilterOptions } from '@/lib/claims/editor-filter-options';
import { CONFIDENCES, VERDICTS } from '@/lib/domain/verdicts';
import type {
  EditorClaimListQuery,
  EditorClaimSort,
} from '@/lib/validation/editor-claim-list-query';

const SORT_LABELS: Record<EditorClaimSort, string> = {
  updated: 'Last updated',
  created: 'Newest',
  verdict: 'Verdict',
};

const textLink =
  'inline-flex min-h-10 items-center text-sm text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/**
 * The editors' list filters as a plain GET form: every state is a URL (bookmarkable, shareable,
 * back-button safe), it works without JavaScript, and a new filter starts again at page 1
 * because the page is not one of its fields.
 */
export function EditorClaimFilters({
  query,
  options,
  isAdmin,
}: {
  query: EditorClaimListQuery;
  options: EditorFilterOptions;
  isAdmin: boolean;
}) {
  return (
    <form
      action="/editor/claims"
      method="get"
      role="search"
      aria-label="Filter claims"
      className="mt-4 grid gap-3 font-sans sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className="sm:col-span-2">
        <label htmlFor="editor-q" className={fieldLabel}>
          Search
        </label>
        <input id="editor-q" name="q" defaultValue={query.q} className={control} />
      </div>
      <div>
        <label htmlFor="editor-status" className={fieldLabel}>
          Status
        </label>
        <select id="editor-status" name="status" defaultValue={query.status} className={control}>
          <option value="all">All</option>
          <option value="draft">Draft</option>
          <option value="published">Published</option>
        </select>
      </div>
      <div>
        <label htmlFor="editor-verdict" className={fieldLabel}>
          Verdict
        </label>
        <select
          id="editor-verdict"
          name="verdict"
          defaultValue={query.verdicts[0] ?? ''}
          className={control}
        >
          <option value="">Any</option>
          {VERDICTS.map((v) => (
            <option key={v.code} value={v.code}>
              {v.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="editor-confidence" className={fieldLabel}>
          Confidence
        </label>
        <select
          id="editor-confidence"
          name="confidence"
          defaultValue={query.confidence ?? ''}
          className={control}
        >
          <option value="">Any</option>
          {CONFIDENCES.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="editor-claimant" className={fieldLabel}>
          Claimant
        </label>
        <select
          id="editor-claimant"
          name="claimant"
          defaultValue={query.claimant ? String(query.claimant) : ''}
          className={control}
        >
          <option value="">Any</option>
          {options.claimants.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="editor-tag" className={fieldLabel}>
          Tag
        </label>
        <select id="editor-tag" name="tag" defaultValue={query.tag ?? ''} className={control}>
          <option value="">Any</option>
          {options.tags.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="editor-sort" className={fieldLabel}>
          Sort by
        </label>
        <select id="editor-sort" name="sort" defaultValue={query.sort} className={control}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {isAdmin ? (
        <div>
          <label htmlFor="editor-deleted" className={fieldLabel}>
            Deleted claims
          </label>
          <select
            id="editor-deleted"
            name="deleted"
            defaultValue={query.deleted}
            className={control}
          >
            <option value="hide">Hide</option>
            <option value="include">Include</option>
            <option value="only">Only deleted</option>
          </select>
        </div>
      ) : null}
      {query.source ? <input type="hidden" name="source" value={String(query.source)} /> : null}
      <div className="flex items-end gap-4">
        <button type="submit" className={secondaryButton}>
          Apply
        </button>
        <Link href="/editor/claims" className={textLink}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}

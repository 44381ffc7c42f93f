import Link from 'next/link';
import { control, fieldLabel, secondaryButton } from '@/components/auth/form-styles';
import { FilterSelect } from '@/components/filter-select';
import type { EditorFilterOptions } from '@/lib/claims/editor-filter-options';
import { CONFIDENCES, VERDICTS } from '@/lib/domain/verdicts';
import { CLAIM_SORT_OPTIONS } from '@/components/claim-sort-options';
import { STAGES, STAGE_LABELS } from '@/lib/domain/stages';
import {
  personParam,
  type EditorClaimListQuery,
  type PersonFilter,
} from '@/lib/validation/editor-claim-list-query';

const STATUS_OPTIONS = [
  { value: 'all', label: 'All' },
  { value: 'draft', label: 'Draft' },
  { value: 'published', label: 'Published' },
];

const DELETED_OPTIONS = [
  { value: 'hide', label: 'Hide' },
  { value: 'include', label: 'Include' },
  { value: 'only', label: 'Only deleted' },
];

const STAGE_OPTIONS = STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }));

/** Me and nobody first, then the desk's editors; one no longer on the desk stays choosable. */
function personOptions(people: EditorFilterOptions['people'], chosen: PersonFilter | null) {
  const options = [
    { value: 'me', label: 'Me' },
    { value: 'unassigned', label: 'Nobody' },
    ...people.map((p) => ({ value: p.id, label: p.name })),
  ];
  if (chosen && typeof chosen !== 'string' && !people.some((p) => p.id === chosen.userId)) {
    options.push({ value: chosen.userId, label: 'An editor no longer on the desk' });
  }
  return options;
}

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
      <FilterSelect
        id="editor-status"
        name="status"
        label="Status"
        defaultValue={query.status}
        options={STATUS_OPTIONS}
      />
      <FilterSelect
        id="editor-stage"
        name="stage"
        label="Stage"
        defaultValue={query.stage ?? ''}
        any="Any"
        options={STAGE_OPTIONS}
      />
      <FilterSelect
        id="editor-assignee"
        name="assignee"
        label="Assignee"
        defaultValue={query.assignee ? personParam(query.assignee) : ''}
        any="Anyone"
        options={personOptions(options.people, query.assignee)}
      />
      <FilterSelect
        id="editor-reviewer"
        name="reviewer"
        label="Reviewer"
        defaultValue={query.reviewer ? personParam(query.reviewer) : ''}
        any="Anyone"
        options={personOptions(options.people, query.reviewer)}
      />
      <FilterSelect
        id="editor-verdict"
        name="verdict"
        label="Verdict"
        defaultValue={query.verdicts[0] ?? ''}
        any="Any"
        options={VERDICTS.map((v) => ({ value: v.code, label: v.label }))}
      />
      <FilterSelect
        id="editor-confidence"
        name="confidence"
        label="Confidence"
        defaultValue={query.confidence ?? ''}
        any="Any"
        options={CONFIDENCES.map((c) => ({ value: c.code, label: c.label }))}
      />
      <FilterSelect
        id="editor-claimant"
        name="claimant"
        label="Claimant"
        defaultValue={query.claimant ? String(query.claimant) : ''}
        any="Any"
        options={options.claimants.map((c) => ({ value: String(c.id), label: c.name }))}
      />
      <FilterSelect
        id="editor-tag"
        name="tag"
        label="Tag"
        defaultValue={query.tag ?? ''}
        any="Any"
        options={options.tags.map((t) => ({ value: t.slug, label: t.name }))}
      />
      <FilterSelect
        id="editor-sort"
        name="sort"
        label="Sort by"
        defaultValue={query.sort}
        options={CLAIM_SORT_OPTIONS}
      />
      {isAdmin ? (
        <FilterSelect
          id="editor-deleted"
          name="deleted"
          label="Deleted claims"
          defaultValue={query.deleted}
          options={DELETED_OPTIONS}
        />
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

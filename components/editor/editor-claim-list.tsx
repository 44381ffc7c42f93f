import Link from 'next/link';
import { secondaryButton } from '@/components/auth/form-styles';
import { FormattedDate } from '@/components/formatted-date';
import { SearchMatch } from '@/components/search-match';
import { VerdictBadge } from '@/components/verdict-badge';
import type { EditorClaimListItem } from '@/lib/claims/types';
import { STAGE_LABELS } from '@/lib/domain/stages';

const badge = 'rounded bg-stone-100 px-1.5 py-0.5 text-xs font-semibold uppercase dark:bg-zinc-800';

/**
 * The rows of the editors' claim list: status, the desk (stage, who checks, who reviews),
 * verdict, and the way into each claim's editor. With `bulkForm`, each live claim has a checkbox
 * that belongs to that form (the HTML `form` attribute: it posts with it, JavaScript or not),
 * its value the claim's id and the version this page loaded, so each claim's change is guarded.
 */
export function EditorClaimList({
  items,
  claimantHref,
  bulkForm,
}: {
  items: EditorClaimListItem[];
  /** The list narrowed to one claimant, filters kept: every claimant is one click away. */
  claimantHref: (claimantId: number) => string;
  /** The id of the bulk actions form the rows' checkboxes belong to. */
  bulkForm?: string;
}) {
  return (
    <ul aria-label="Claims" className="mt-2 divide-y divide-stone-200 dark:divide-zinc-800">
      {items.map((claim) => {
        const title = claim.title ?? claim.statement;
        const checkbox = `select-claim-${claim.id}`;
        return (
          <li key={claim.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
            {bulkForm && !claim.deletedAt ? (
              <div className="flex min-h-10 items-center">
                <input
                  id={checkbox}
                  type="checkbox"
                  name="claim"
                  value={`${claim.id}:${claim.version}`}
                  form={bulkForm}
                  className="size-5"
                />
                <label htmlFor={checkbox} className="sr-only">
                  Select “{title}”
                </label>
              </div>
            ) : null}
            <div className="min-w-0 flex-1">
              <p className="font-semibold">{title}</p>
              {claim.match ? <SearchMatch match={claim.match} /> : null}
              <p className="text-sm text-stone-600 dark:text-zinc-400">
                <Link
                  href={claimantHref(claim.claimant.id)}
                  title={`Only claims by ${claim.claimant.name}`}
                  className="text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300"
                >
                  {claim.claimant.name}
                </Link>{' '}
                · updated <FormattedDate date={claim.updatedAt} />
              </p>
              <div className="mt-1 flex flex-wrap items-center gap-2">
                <span className={badge}>
                  {claim.deletedAt ? 'Deleted' : claim.status === 'draft' ? 'Draft' : 'Published'}
                </span>
                <span className={badge}>Stage: {STAGE_LABELS[claim.stage]}</span>
                <VerdictBadge verdict={claim.verdict} confidence={claim.confidence} />
              </div>
              <p className="mt-1 text-sm text-stone-700 dark:text-zinc-300">
                Assignee: {claim.assignee?.name ?? 'nobody'} · Reviewer:{' '}
                {claim.reviewer?.name ?? 'nobody'}
              </p>
            </div>
            <Link
              href={`/editor/claims/${claim.id}`}
              className={secondaryButton}
              aria-label={`Edit “${title}”`}
            >
              Edit
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

import Link from 'next/link';
import { secondaryButton } from '@/components/auth/form-styles';
import { FormattedDate } from '@/components/formatted-date';
import { VerdictBadge } from '@/components/verdict-badge';
import type { EditorClaimListItem } from '@/lib/claims/types';

/** The rows of the editors' claim list: status, verdict, and the way into each claim's editor. */
export function EditorClaimList({
  items,
  claimantHref,
}: {
  items: EditorClaimListItem[];
  /** The list narrowed to one claimant, filters kept: every claimant is one click away. */
  claimantHref: (claimantId: number) => string;
}) {
  return (
    <ul aria-label="Claims" className="mt-2 divide-y divide-stone-200 dark:divide-zinc-800">
      {items.map((claim) => (
        <li key={claim.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
          <div className="min-w-0 flex-1">
            <p className="font-semibold">{claim.title ?? claim.statement}</p>
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
              <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-semibold uppercase dark:bg-zinc-800">
                {claim.deletedAt ? 'Deleted' : claim.status === 'draft' ? 'Draft' : 'Published'}
              </span>
              <VerdictBadge verdict={claim.verdict} confidence={claim.confidence} />
            </div>
          </div>
          <Link
            href={`/editor/claims/${claim.id}`}
            className={secondaryButton}
            aria-label={`Edit “${claim.title ?? claim.statement}”`}
          >
            Edit
          </Link>
        </li>
      ))}
    </ul>
  );
}

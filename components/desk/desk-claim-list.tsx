import Link from 'next/link';
import { InReviewMarker } from '@/components/review/in-review-marker';
import { VerdictBadge } from '@/components/verdict-badge';
import type { DeskClaim } from '@/lib/desk/my-desk';
import { STAGE_LABELS } from '@/lib/domain/stages';
import { formatDateTime, machineDate } from '@/lib/format/dates';
import { truncate } from '@/lib/format/text';

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/** A My desk list of claims: title (to its editing page), stage, verdict and the date it goes by. */
export function DeskClaimList({
  claims,
  dated,
}: {
  claims: DeskClaim[];
  /** Which date the list is ordered by, shown on each row. */
  dated: 'stage' | 'changed';
}) {
  return (
    <ul className="mt-3 divide-y divide-stone-200 font-sans dark:divide-zinc-700">
      {claims.map((claim) => {
        const date = dated === 'stage' ? claim.stageChangedAt : claim.updatedAt;
        return (
          <li key={claim.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
            <Link href={`/editor/claims/${claim.id}`} className={`${textLink} font-semibold`}>
              {truncate(claim.title, 160)}
            </Link>
            <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-semibold text-stone-800 dark:bg-zinc-800 dark:text-zinc-200">
              {STAGE_LABELS[claim.stage]}
            </span>
            <VerdictBadge verdict={claim.verdict} />
            {claim.verdictInReview ? <InReviewMarker /> : null}
            {date ? (
              <span className="text-sm text-stone-600 dark:text-zinc-400">
                {dated === 'stage' ? 'In stage since ' : 'Changed '}
                <time dateTime={machineDate(date)}>{formatDateTime(date)}</time>
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

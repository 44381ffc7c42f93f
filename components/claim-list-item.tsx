import Link from 'next/link';
import type { ClaimListItem as ClaimListItemData } from '@/lib/claims/types';
import { filteredClaimsHref } from '@/lib/format/claim-list-href';
import { FormattedDate } from './formatted-date';
import { SearchMatch } from './search-match';
import { VerdictBadge } from './verdict-badge';

interface ClaimListItemProps {
  claim: ClaimListItemData;
  /** The row's heading level, one below the section it sits in. */
  headingLevel?: 2 | 3;
}

/** One claim in a list: what was claimed, by whom, the verdict, the evidence count. */
export function ClaimListItem({ claim, headingLevel = 2 }: ClaimListItemProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `claim-${claim.id}-heading`;
  return (
    <article aria-labelledby={headingId} className="py-5">
      <Heading
        id={headingId}
        className="font-serif text-xl leading-snug font-semibold text-balance text-stone-950 dark:text-white"
      >
        <Link
          href={`/claims/${claim.id}`}
          className="underline decoration-stone-300 decoration-1 underline-offset-4 hover:decoration-current dark:decoration-zinc-600"
        >
          {claim.title ?? claim.statement}
        </Link>
      </Heading>
      {claim.title ? (
        <p className="mt-1.5 max-w-prose font-serif text-base leading-relaxed text-stone-700 dark:text-zinc-300">
          {claim.statement}
        </p>
      ) : null}
      {claim.match ? <SearchMatch match={claim.match} /> : null}
      <div className="mt-3">
        <VerdictBadge verdict={claim.verdict} confidence={claim.confidence} />
      </div>
      <p className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm leading-relaxed text-stone-600 dark:text-zinc-400">
        <span>
          Claimant:{' '}
          <Link
            href={filteredClaimsHref({ claimant: claim.claimant.id })}
            className="font-medium text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300"
          >
            {claim.claimant.name}
          </Link>
        </span>
        <span>
          Sources: {claim.supportingCount} supporting · {claim.contradictingCount} contradicting
        </span>
        <span>
          Updated <FormattedDate date={claim.updatedAt} />
        </span>
      </p>
    </article>
  );
}

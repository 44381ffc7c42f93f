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

/**
 * One claim in a list: what was claimed, by whom, the verdict, the evidence count. A server
 * component with plain links: a list page holds dozens of rows, and a `next/link` in each row is
 * a client component rendered on the server and described again in the page's React payload,
 * for a prefetch readers rarely use (claim pages come from the page cache anyway). Its styles are
 * the `claim-row*` classes of app/globals.css: a class string here is sent twice per row (HTML and
 * React payload), one there is sent once per site.
 */
export function ClaimListItem({ claim, headingLevel = 2 }: ClaimListItemProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `claim-${claim.id}-heading`;
  return (
    <article aria-labelledby={headingId} className="claim-row">
      <Heading id={headingId} className="claim-row-title">
        <a href={`/claims/${claim.id}`} className="claim-row-link">
          {claim.title ?? claim.statement}
        </a>
      </Heading>
      {claim.title ? <p className="claim-row-statement">{claim.statement}</p> : null}
      {claim.match ? <SearchMatch match={claim.match} /> : null}
      <div className="mt-3">
        <VerdictBadge verdict={claim.verdict} confidence={claim.confidence} />
      </div>
      <p className="claim-row-meta">
        <span>
          Claimant:{' '}
          <a
            href={filteredClaimsHref({ claimant: claim.claimant.id })}
            className="claim-row-claimant"
          >
            {claim.claimant.name}
          </a>
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

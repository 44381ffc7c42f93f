'use client';

import type { ClaimRowView } from '@/lib/claims/claim-row-view';
import { SearchMatch } from './search-match';
import { VerdictBadge } from './verdict-badge';

/**
 * The rows of a claim list: what was claimed, by whom, the verdict, the evidence count. A client
 * component on purpose, though it has no state: a server component's rows travel in the page's
 * React payload as their element tree (~2.1 KB a row, class names and all), a client
 * component's as the data it is rendered from (~0.5 KB, ClaimRowView). On `/claims?q=…` at
 * 100,000 claims that took the page 142 -> 105 KB and the server's CPU per request down by
 * ~15 % (bench:list). Plain links, not `next/link`: a prefetch per row is work readers rarely
 * use (claim pages come from the page cache anyway). Styles are the `claim-row*` classes of
 * app/globals.css.
 */
export function ClaimRows({
  rows,
  headingLevel = 2,
}: {
  rows: readonly ClaimRowView[];
  /** The rows' heading level, one below the section they sit in. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return rows.map((row) => {
    const headingId = `claim-${row.id}-heading`;
    return (
      <li key={row.id}>
        <article aria-labelledby={headingId} className="claim-row">
          <Heading id={headingId} className="claim-row-title">
            <a href={row.href} className="claim-row-link">
              {row.heading}
            </a>
          </Heading>
          {row.statement !== null ? <p className="claim-row-statement">{row.statement}</p> : null}
          {row.match ? <SearchMatch match={row.match} /> : null}
          <div className="mt-3">
            <VerdictBadge verdict={row.verdict} confidence={row.confidence} />
          </div>
          <p className="claim-row-meta">
            <span>
              Claimant:{' '}
              <a href={row.claimantHref} className="claim-row-claimant">
                {row.claimantName}
              </a>
            </span>
            <span>
              Sources: {row.supportingCount} supporting · {row.contradictingCount} contradicting
            </span>
            <span>
              Updated <time dateTime={row.updated.iso}>{row.updated.label}</time>
            </span>
          </p>
        </article>
      </li>
    );
  });
}

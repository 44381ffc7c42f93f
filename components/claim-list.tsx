import { claimRowView } from '@/lib/claims/claim-row-view';
import type { ClaimListItem } from '@/lib/claims/types';
import { ClaimRows } from './claim-rows';

export function ClaimList({
  claims,
  label = 'Claims',
  headingLevel = 2,
}: {
  claims: ClaimListItem[];
  label?: string;
  headingLevel?: 2 | 3;
}) {
  return (
    <ol
      aria-label={label}
      className="divide-y divide-stone-200 border-y border-stone-200 dark:divide-zinc-800 dark:border-zinc-800"
    >
      <ClaimRows rows={claims.map(claimRowView)} headingLevel={headingLevel} />
    </ol>
  );
}

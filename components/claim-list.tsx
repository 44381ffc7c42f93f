import type { ClaimListItem as ClaimListItemData } from '@/lib/claims/types';
import { ClaimListItem } from './claim-list-item';

export function ClaimList({
  claims,
  label = 'Claims',
  headingLevel = 2,
}: {
  claims: ClaimListItemData[];
  label?: string;
  headingLevel?: 2 | 3;
}) {
  return (
    <ol
      aria-label={label}
      className="divide-y divide-stone-200 border-y border-stone-200 dark:divide-zinc-800 dark:border-zinc-800"
    >
      {claims.map((claim) => (
        <li key={claim.id}>
          <ClaimListItem claim={claim} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}

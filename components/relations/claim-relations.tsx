import Link from 'next/link';
import { cache } from 'react';
import { VerdictBadge } from '@/components/verdict-badge';
import { findPublicClaimRelations, updatedBy } from '@/lib/relations/find-claim-relations';

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/** One read per request, shared by the notice at the top and the list further down. */
const relationsOf = cache(findPublicClaimRelations);

/**
 * "Updated by: <newer claim>", at the top of a claim a newer one supersedes, so a reader who
 * lands on an old figure meets the new one first. Nothing when no published claim updates it.
 */
export async function UpdatedByNotice({ claimId }: { claimId: number }) {
  const newer = updatedBy(await relationsOf(claimId));
  if (newer.length === 0) return null;
  return (
    <aside
      aria-label="Updated by a newer claim"
      className="mb-5 max-w-3xl rounded-lg border-s-4 border-amber-600 bg-amber-50 p-4 font-sans text-stone-900 dark:border-amber-400 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>This claim has been updated.
      </p>
      <ul className="mt-1 space-y-1">
        {newer.map((r) => (
          <li key={r.id}>
            Updated by:{' '}
            <Link href={`/claims/${r.other.id}`} className={textLink}>
              {r.other.title ?? r.other.statement}
            </Link>{' '}
            <VerdictBadge verdict={r.other.verdict} />
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** Every link of the claim to another published claim, with that claim's verdict. */
export async function RelatedClaimsSection({ claimId }: { claimId: number }) {
  const relations = await relationsOf(claimId);
  if (relations.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading" className="font-serif text-2xl font-semibold tracking-tight">
        Related claims
      </h2>
      <ul className="mt-3 space-y-3 font-sans">
        {relations.map((r) => (
          <li
            key={`${r.id}-${r.side}`}
            className="rounded-lg border border-stone-200 p-3 dark:border-zinc-800"
          >
            <p className="text-sm font-semibold text-stone-600 dark:text-zinc-400">{r.label}</p>
            <p className="mt-1">
              <Link href={`/claims/${r.other.id}`} className={textLink}>
                {r.other.title ?? r.other.statement}
              </Link>
            </p>
            <p className="mt-1">
              <VerdictBadge verdict={r.other.verdict} confidence={r.other.confidence} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

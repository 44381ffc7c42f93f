import Link from 'next/link';
import { control, fieldLabel, secondaryButton } from '@/components/auth/form-styles';
import { VerdictBadge } from '@/components/verdict-badge';
import type { Actor } from '@/lib/auth/actor';
import { findClaimsForEditing } from '@/lib/claims/find-claims-for-editing';
import { findClaimRelationsForEditing } from '@/lib/relations/find-claim-relations';
import { parseEditorClaimListQuery } from '@/lib/validation/editor-claim-list-query';
import { LinkClaimForm, UnlinkClaimForm } from './relation-forms';

const DONE: Record<string, string> = { linked: 'Claims linked.', unlinked: 'Link removed.' };
const SEARCH_RESULTS = 5;

function claimName(claim: { id: number; title: string | null; statement: string }): string {
  return `#${claim.id} ${claim.title ?? claim.statement}`;
}

/**
 * The claim editing page's "Related claims" section: its links both ways (drafts too, marked),
 * a form to link another claim by id, and a search (a GET form: the editors' own claim search)
 * whose results each carry a ready link form. Editors only.
 */
export async function RelatedClaimsPanel({
  actor,
  claimId,
  search,
}: {
  actor: Actor;
  claimId: number;
  search: Record<string, string | string[] | undefined>;
}) {
  const query = typeof search.relq === 'string' ? search.relq.trim().slice(0, 200) : '';
  const [relations, found] = await Promise.all([
    findClaimRelationsForEditing(actor, claimId),
    query ? findClaimsForEditing(actor, parseEditorClaimListQuery({ q: query })) : null,
  ]);
  const results = (found?.items ?? []).filter((c) => c.id !== claimId).slice(0, SEARCH_RESULTS);
  const done = typeof search.related === 'string' ? DONE[search.related] : undefined;
  return (
    <section id="related" aria-labelledby="related-heading" tabIndex={-1} className="scroll-mt-4">
      <h2 id="related-heading" className="mb-3 font-serif text-2xl font-bold">
        Related claims ({relations.length})
      </h2>
      <p
        role="status"
        className="mb-2 font-semibold text-green-800 empty:hidden dark:text-green-300"
      >
        {done}
      </p>
      {relations.length > 0 ? (
        <ul aria-label="Links to other claims" className="mb-4 space-y-3 font-sans">
          {relations.map((r) => (
            <li
              key={`${r.id}-${r.side}`}
              className="flex flex-wrap items-center gap-2 rounded-lg border border-stone-200 p-3 dark:border-zinc-800"
            >
              <span className="font-semibold">{r.label}:</span>
              <Link href={`/editor/claims/${r.other.id}`} className="underline">
                {claimName(r.other)}
              </Link>
              {r.other.status === 'draft' ? (
                <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-semibold uppercase dark:bg-zinc-800">
                  Draft: readers do not see this link
                </span>
              ) : null}
              <VerdictBadge verdict={r.other.verdict} />
              <UnlinkClaimForm
                claimId={claimId}
                relationId={r.id}
                otherLabel={claimName(r.other)}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4 font-sans text-sm">No links yet.</p>
      )}
      <div className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        <LinkClaimForm claimId={claimId} />
        <form
          method="get"
          action={`/editor/claims/${claimId}#related`}
          role="search"
          className="font-sans"
        >
          <label htmlFor="relq" className={fieldLabel}>
            Find the other claim
          </label>
          <div className="mt-1 flex gap-2">
            <input id="relq" name="relq" type="search" defaultValue={query} className={control} />
            <button type="submit" className={secondaryButton}>
              Search
            </button>
          </div>
        </form>
        {found ? (
          results.length > 0 ? (
            <ul aria-label="Claims found" className="space-y-3">
              {results.map((c) => (
                <li key={c.id} className="border-l-4 border-stone-300 pl-3 dark:border-zinc-700">
                  <p className="font-sans font-semibold">{claimName(c)}</p>
                  <LinkClaimForm claimId={claimId} other={{ id: c.id, label: claimName(c) }} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="font-sans text-sm">No other claim matches “{query}”.</p>
          )
        ) : null}
      </div>
    </section>
  );
}

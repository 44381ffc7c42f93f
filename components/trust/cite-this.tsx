import { claimFeedPath } from '@/lib/feed/atom-feed';
import { citationText } from '@/lib/format/claim-citation';
import { claimUrl } from '@/lib/site';
import type { ClaimDetail } from '@/lib/claims/types';
import { CopyButton } from './copy-button';

const textLink = 'text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300';

/**
 * "Cite this": the claim's stable address and a plain citation, selectable as text (a copy
 * button joins it when JavaScript runs), and the claim's own feed of verdict changes.
 */
export function CiteThis({ claim }: { claim: ClaimDetail }) {
  const url = claimUrl(claim.id);
  const text = citationText(claim, url);
  return (
    <section aria-labelledby="cite-heading" className="font-sans">
      <h2 id="cite-heading" className="font-serif text-2xl font-semibold tracking-tight">
        Cite this
      </h2>
      <p className="mt-3 text-sm font-semibold text-stone-600 dark:text-zinc-400">Stable link</p>
      <p className="mt-1 break-all">
        <a href={url} className={textLink}>
          {url}
        </a>
      </p>
      <p
        id="citation-label"
        className="mt-4 text-sm font-semibold text-stone-600 dark:text-zinc-400"
      >
        Citation
      </p>
      <p
        aria-labelledby="citation-label"
        data-testid="citation-text"
        className="mt-1 rounded border border-stone-200 bg-stone-50 p-3 select-all dark:border-zinc-800 dark:bg-zinc-900"
      >
        {text}
      </p>
      <p className="mt-2">
        <CopyButton text={text} label="Copy the citation" />
      </p>
      <p className="mt-4 text-sm">
        <a href={claimFeedPath(claim.id)} className={textLink}>
          Follow this claim’s verdict changes (Atom feed)
        </a>
      </p>
    </section>
  );
}

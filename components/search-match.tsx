import type { MatchField, SearchMatch as SearchMatchData } from '@/lib/search/match-segments';

const FIELD_LABELS: Record<MatchField, string> = {
  statement: 'Matched in the statement',
  context: 'Matched in the context',
  claimant: 'Matched in the claimant',
  quote: 'Matched in a cited quote',
};

/**
 * Why a search result matched: the snippet of the text that matched, its matched words in
 * <mark> (highlighted, and bold so the hit never rests on colour alone), said in words first
 * ("Matched in a cited quote: …") so a claim whose visible text never says the word is explained.
 */
export function SearchMatch({ match }: { match: SearchMatchData }) {
  return (
    <p className="mt-2 max-w-prose text-sm leading-relaxed text-stone-700 dark:text-zinc-300">
      <span className="font-medium text-stone-900 dark:text-zinc-100">
        {FIELD_LABELS[match.field]}:
      </span>{' '}
      {match.field === 'quote' ? '“' : null}
      {match.segments.map((segment, i) =>
        segment.hit ? (
          <mark
            key={i}
            className="rounded-sm bg-amber-200 px-0.5 font-semibold text-stone-950 dark:bg-amber-400/30 dark:text-amber-100"
          >
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
      {match.field === 'quote' ? '”' : null}
    </p>
  );
}

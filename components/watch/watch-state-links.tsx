import { CountedFilterLinks } from '@/components/counted-filter-links';
import { LINK_STATES, type LinkState } from '@/lib/domain/source-watch';
import { LINK_STATE_LABELS, PROBLEM_STATES } from '@/lib/watch/read/watch-words';

/** The watch list by state, with counts: "Needs a look" (every problem state) or one state. */
export function WatchStateLinks({
  state,
  counts,
  hrefFor,
}: {
  state: LinkState | null;
  counts: Record<LinkState, number>;
  hrefFor: (state: LinkState | null) => string;
}) {
  const problems = PROBLEM_STATES.reduce((n, s) => n + counts[s], 0);
  return (
    <CountedFilterLinks<LinkState | null>
      label="Sources by link state"
      className="mt-4"
      chosen={state}
      hrefFor={hrefFor}
      choices={[
        { value: null, label: 'Needs a look', count: problems },
        ...LINK_STATES.map((s) => ({ value: s, label: LINK_STATE_LABELS[s], count: counts[s] })),
      ]}
    />
  );
}

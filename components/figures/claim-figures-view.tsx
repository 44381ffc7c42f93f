import { findFiguresForList } from '@/lib/figures/find-figures';
import { figuresCsvHref } from '@/lib/figures/list-view';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import { FigureCharts } from './figure-charts';

/** `/claims?…&view=figures`: the filtered list's figures, one chart per unit. */
export async function ClaimFiguresView({ query }: { query: ClaimListQuery }) {
  const set = await findFiguresForList({ ...query, page: 1 });
  if (set.series.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-stone-300 p-6 dark:border-zinc-700">
        <p className="font-serif text-xl font-semibold">No claim in this list carries a figure.</p>
        <p className="mt-2 text-stone-700 dark:text-zinc-300">
          Figures are charted from claims with a structured quantity, such as “up to 12,000 troops”.
        </p>
      </div>
    );
  }
  return <FigureCharts set={set} csvHref={figuresCsvHref(query)} headingLevel={3} />;
}

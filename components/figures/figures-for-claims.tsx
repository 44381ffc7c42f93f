import { findFiguresForClaimIds } from '@/lib/figures/find-figures';
import { FigureCharts } from './figure-charts';

/**
 * The figures chart of a set of claims (a story's): nothing at all when none of its published
 * claims has a figure. `csvHref` downloads the same rows (for a story
 * `/claims/figures.csv?story=<slug>`).
 */
export async function FiguresForClaims({
  claimIds,
  csvHref,
}: {
  claimIds: number[];
  csvHref: string;
}) {
  const set = await findFiguresForClaimIds(claimIds);
  if (set.series.length === 0) return null;
  return <FigureCharts set={set} csvHref={csvHref} headingLevel={2} idPrefix="story-figures" />;
}

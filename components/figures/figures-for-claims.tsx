import type { FigureSet } from '@/lib/figures/find-figures';
import { FigureCharts } from './figure-charts';

/**
 * The figures chart of a set of claims (a story's, read with its timeline: lib/stories/
 * story-view.ts): nothing at all when none of its published claims has a figure. `csvHref`
 * downloads the same rows (for a story `/claims/figures.csv?story=<slug>`).
 */
export function FiguresForClaims({
  figures,
  csvHref,
  allHref,
}: {
  figures: FigureSet;
  csvHref: string;
  allHref?: string;
}) {
  if (figures.series.length === 0) return null;
  return (
    <FigureCharts
      set={figures}
      csvHref={csvHref}
      allHref={allHref}
      headingLevel={2}
      idPrefix="story-figures"
    />
  );
}

import { VERDICTS } from '@/lib/domain/verdicts';
import type { ClaimantSymbol } from '@/lib/figures/chart-marks';
import type { FigureSeries } from '@/lib/figures/figure-types';
import { VERDICT_LETTER } from '@/lib/figures/verdict-letters';
import { SymbolSwatch } from './claimant-symbol';

/**
 * What the chart's marks mean, in text: a shape per claimant, filled / hollow / bar / arrow for
 * the kind of figure, and the verdict letters (only the verdicts this chart uses).
 */
export function FiguresLegend({
  series,
  symbols,
}: {
  series: FigureSeries;
  symbols: Map<number, ClaimantSymbol>;
}) {
  const claimants = [...new Map(series.points.map((p) => [p.claimant.id, p.claimant])).values()];
  const verdicts = VERDICTS.filter((v) => series.points.some((p) => p.verdict === v.code));
  return (
    <div className="mt-3 space-y-2 font-sans text-sm">
      <ul aria-label="Claimants" className="flex flex-wrap gap-x-4 gap-y-1">
        {claimants.map((c) => (
          <li key={c.id} className="flex items-center gap-1.5">
            <SymbolSwatch symbol={symbols.get(c.id) ?? 'circle'} />
            {c.name}
          </li>
        ))}
      </ul>
      <p className="text-stone-700 dark:text-zinc-300">
        Filled: an exact figure; hollow: an approximate one (“about”); a bar: a range; an arrow
        down: “up to”; an arrow up: “at least”. Letters give the verdict:{' '}
        {verdicts.map((v, i) => (
          <span key={v.code}>
            {i > 0 ? ', ' : null}
            <b>{VERDICT_LETTER[v.code]}</b> {v.label}
          </span>
        ))}
        .
      </p>
    </div>
  );
}

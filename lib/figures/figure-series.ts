import { figureShape } from './chart-marks';
import { FIGURES_PER_CHART, type FigurePoint, type FigureSeries } from './figure-types';
import type { CanonicalUnit } from './unit-resolver';

/**
 * Groups figures into one series per canonical unit (figures in different units are never drawn
 * on one axis). Input in list order: when a unit has more than `cap` figures, the first `cap`
 * of the list are kept (the list's own order decides what matters most), then each series is
 * sorted oldest first. Points without a drawable figure are left out here, so every consumer
 * (chart, table, CSV) has the same rows. Series with the most figures come first.
 *
 * `spellingTotals`: when the points are already capped per unit as spelt (the list's figures,
 * SearchStore.findFigureRows), how many figures each spelling has in the whole list; a series'
 * total is then the sum of its spellings' totals, not the count of points given.
 */
export function groupFigureSeries(
  points: readonly FigurePoint[],
  canonical: (unit: string) => CanonicalUnit,
  cap = FIGURES_PER_CHART,
  spellingTotals?: ReadonlyMap<string, number>,
): FigureSeries[] {
  const byKey = new Map<string, FigureSeries>();
  const spellings = new Map<string, Set<string>>();
  for (const point of points) {
    if (!figureShape(point)) continue;
    const unit = canonical(point.unit);
    if (unit.key === '') continue;
    let series = byKey.get(unit.key);
    if (!series) {
      series = { unitKey: unit.key, unitName: unit.name, points: [], total: 0 };
      byKey.set(unit.key, series);
    }
    series.total += 1;
    if (series.points.length < cap) series.points.push(point);
    if (spellingTotals) {
      const seen = spellings.get(unit.key) ?? new Set<string>();
      spellings.set(unit.key, seen.add(point.unit));
    }
  }
  const all = [...byKey.values()];
  if (spellingTotals) {
    for (const series of all) {
      let total = 0;
      for (const spelt of spellings.get(series.unitKey) ?? [])
        total += spellingTotals.get(spelt) ?? 0;
      series.total = Math.max(total, series.total);
    }
  }
  for (const series of all) {
    series.points.sort((a, b) => a.date.localeCompare(b.date) || a.claimId - b.claimId);
  }
  return all.sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName));
}

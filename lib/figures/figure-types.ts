import type { QuantityQualifier } from '@/lib/domain/claims';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';

/** One claim's figure as the chart, its table and its CSV show it (one row each). */
export interface FigurePoint {
  claimId: number;
  /** The claim's title, else its statement. */
  label: string;
  claimant: { id: number; name: string };
  /** When the claim first appeared, else when it was published: YYYY-MM-DD (UTC). */
  date: string;
  qualifier: QuantityQualifier | null;
  value: number | null;
  min: number | null;
  max: number | null;
  /** The unit as the claim spells it ("soldiers"); the series names the canonical one. */
  unit: string;
  verdict: Verdict;
  confidence: Confidence;
}

/** The figures of one canonical unit, oldest first. */
export interface FigureSeries {
  /** The canonical unit's folded key: the series' identity (lib/figures/unit-key.ts). */
  unitKey: string;
  /** The canonical unit's name, as the axis shows it. */
  unitName: string;
  points: FigurePoint[];
  /** Figures of this unit before the cap; `points.length` when not capped. */
  total: number;
}

/** At most this many figures per chart (and per CSV series): more would not be readable. */
export const FIGURES_PER_CHART = 500;

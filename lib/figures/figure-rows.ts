import { formatQuantity, QUANTITY_QUALIFIERS } from '@/lib/domain/claims';
import { CONFIDENCES, verdictInfo } from '@/lib/domain/verdicts';
import type { FigureSeries } from './figure-types';

/**
 * The rows the figures table shows and the CSV writes, one function for both so they cannot
 * differ: one row per charted figure, per series, oldest first.
 */
export interface FigureRow {
  /** The series' canonical unit. */
  unit: string;
  date: string;
  claimId: number;
  claim: string;
  claimant: string;
  /** As readers read it: "up to 12,000 soldiers" (the claim's own unit word). */
  figure: string;
  qualifier: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unitAsWritten: string;
  verdict: string;
  confidence: string;
}

const qualifierLabel = (code: string | null) =>
  QUANTITY_QUALIFIERS.find((q) => q.code === code)?.label ?? '';

const confidenceLabel = (code: string) => CONFIDENCES.find((c) => c.code === code)?.label ?? code;

export function figureRows(series: FigureSeries): FigureRow[] {
  return series.points.map((p) => ({
    unit: series.unitName,
    date: p.date,
    claimId: p.claimId,
    claim: p.label,
    claimant: p.claimant.name,
    figure: formatQuantity(p) ?? '',
    qualifier: qualifierLabel(p.qualifier),
    value: p.value,
    min: p.min,
    max: p.max,
    unitAsWritten: p.unit,
    verdict: verdictInfo(p.verdict).label,
    confidence: confidenceLabel(p.confidence),
  }));
}

import type { QuantityQualifier } from '@/lib/domain/claims';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import type { FigurePoint } from './figure-types';

/** The columns of a claim a figure is made of, however the claim was read (Prisma or SQL). */
export interface FigureClaim {
  id: number;
  title: string | null;
  statement: string;
  /** The figure's date: figureDateOf, or the same coalesce in SQL (lib/db/figure-sql.ts). */
  date: Date;
  quantityQualifier: string | null;
  quantityValue: number | null;
  quantityMin: number | null;
  quantityMax: number | null;
  quantityUnit: string | null;
  verdict: string;
  confidence: string;
  claimant: { id: number; name: string };
}

/** When a figure was said: the claim's first appearance, else its publication, else its creation. */
export function figureDateOf(claim: {
  firstAppearedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
}): Date {
  return claim.firstAppearedAt ?? claim.publishedAt ?? claim.createdAt;
}

/**
 * A claim's figure, or null when it has none (no unit, or no number at all). The one builder of
 * a FigurePoint: the list's figures view (its SQL rows), a story's figures by id (Prisma) and
 * the story page (the claims its timeline already read) must chart the same points.
 */
export function figurePointOf(claim: FigureClaim): FigurePoint | null {
  if (claim.quantityUnit === null) return null;
  if (claim.quantityValue === null && claim.quantityMin === null && claim.quantityMax === null) {
    return null;
  }
  return {
    claimId: claim.id,
    label: claim.title || claim.statement,
    claimant: claim.claimant,
    date: claim.date.toISOString().slice(0, 10),
    qualifier: claim.quantityQualifier as QuantityQualifier | null,
    value: claim.quantityValue,
    min: claim.quantityMin,
    max: claim.quantityMax,
    unit: claim.quantityUnit,
    verdict: claim.verdict as Verdict,
    confidence: claim.confidence as Confidence,
  };
}

import type { QuantityQualifier } from '@/lib/domain/claims';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import type { FigurePoint } from './figure-types';

/** The columns of a claim a figure is made of, however the claim was read (Prisma or SQL). */
export interface FigureClaim {
  id: number;
  title: string | null;
  statement: string;
  firstAppearedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  quantityQualifier: string | null;
  quantityValue: number | null;
  quantityMin: number | null;
  quantityMax: number | null;
  quantityUnit: string | null;
  verdict: string;
  confidence: string;
  claimant: { id: number; name: string };
}

/**
 * A claim's figure, or null when it has none (no unit, or no number at all). One rule for every
 * read: the list's figures view reads claims by id, the story page reuses the claims its
 * timeline already read, and both must chart the same points.
 */
export function figurePointOf(claim: FigureClaim): FigurePoint | null {
  if (claim.quantityUnit === null) return null;
  if (claim.quantityValue === null && claim.quantityMin === null && claim.quantityMax === null) {
    return null;
  }
  const date = claim.firstAppearedAt ?? claim.publishedAt ?? claim.createdAt;
  return {
    claimId: claim.id,
    label: claim.title || claim.statement,
    claimant: claim.claimant,
    date: date.toISOString().slice(0, 10),
    qualifier: claim.quantityQualifier as QuantityQualifier | null,
    value: claim.quantityValue,
    min: claim.quantityMin,
    max: claim.quantityMax,
    unit: claim.quantityUnit,
    verdict: claim.verdict as Verdict,
    confidence: claim.confidence as Confidence,
  };
}

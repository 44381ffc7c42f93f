import { confidenceLabel, verdictInfo } from '@/lib/domain/verdicts';
import { desk } from '@/lib/site';
import { formatDate } from './dates';

interface CitableClaim {
  title: string | null;
  statement: string;
  claimant: { name: string };
  verdict: string;
  confidence: string;
  publishedAt: Date | null;
  updatedAt: Date;
}

/**
 * A claim's plain citation, for "Cite this": who checked it, what was claimed and by whom, the
 * verdict at the time of citing, the dates, and the stable address.
 * `Desk. “Title” (a claim by X). Rated Likely, high confidence. Published 6 Nov 2024;
 * last updated 7 Nov 2024. https://…/claims/12`
 */
export function citationText(claim: CitableClaim, url: string): string {
  const rated = `Rated ${verdictInfo(claim.verdict).label}, ${confidenceLabel(claim.confidence).toLowerCase()}.`;
  const dates = claim.publishedAt
    ? `Published ${formatDate(claim.publishedAt)}; last updated ${formatDate(claim.updatedAt)}.`
    : `Last updated ${formatDate(claim.updatedAt)}.`;
  return `${desk.name}. “${claim.title ?? claim.statement}” (a claim by ${claim.claimant.name}). ${rated} ${dates} ${url}`;
}

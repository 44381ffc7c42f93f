import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { filteredClaimsHref } from '@/lib/format/claim-list-href';
import { formatDate, machineDate } from '@/lib/format/dates';
import type { SearchMatch } from '@/lib/search/match-segments';
import type { ClaimListItem } from './types';

/**
 * One row of a claim list as the browser's React receives it (components/claim-rows.tsx): plain
 * values, with its links and its date already made on the server, so the browser formats
 * nothing (no locale or time zone of its own can change the text) and bundles no list-state
 * parser.
 */
export interface ClaimRowView {
  id: number;
  href: string;
  /** The title, or the statement when the claim has no title. */
  heading: string;
  /** The statement beneath a title; null when the heading is the statement. */
  statement: string | null;
  match: SearchMatch | null;
  verdict: Verdict;
  confidence: Confidence;
  claimantName: string;
  claimantHref: string;
  supportingCount: number;
  contradictingCount: number;
  updated: { iso: string; label: string };
}

export function claimRowView(claim: ClaimListItem): ClaimRowView {
  return {
    id: claim.id,
    href: `/claims/${claim.id}`,
    heading: claim.title ?? claim.statement,
    statement: claim.title ? claim.statement : null,
    match: claim.match ?? null,
    verdict: claim.verdict,
    confidence: claim.confidence,
    claimantName: claim.claimant.name,
    claimantHref: filteredClaimsHref({ claimant: claim.claimant.id }),
    supportingCount: claim.supportingCount,
    contradictingCount: claim.contradictingCount,
    updated: { iso: machineDate(claim.updatedAt), label: formatDate(claim.updatedAt) },
  };
}

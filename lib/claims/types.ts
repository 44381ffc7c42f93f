import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import type { Stance } from '@/lib/domain/evidence';
import type { Quantity } from '@/lib/domain/claims';

/** The small shapes the reader pages receive: never whole rows, never internal fields. */

export interface ClaimantRef {
  id: number;
  name: string;
}

export interface TagRef {
  name: string;
  slug: string;
}

export interface ClaimListItem {
  id: number;
  title: string | null;
  statement: string;
  claimant: ClaimantRef;
  verdict: Verdict;
  confidence: Confidence;
  supportingCount: number;
  contradictingCount: number;
  updatedAt: Date;
}

export interface ClaimPage {
  items: ClaimListItem[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

export interface SourceRef {
  id: number;
  title: string;
  kind: string;
  url: string | null;
  archiveUrl: string | null;
  publishedAt: Date | null;
  publisher: { id: number; name: string } | null;
}

export interface EvidenceItem {
  id: number;
  stance: Stance;
  quote: string;
  locator: string;
  source: SourceRef;
}

export interface VerdictHistoryEntry {
  id: number;
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
  createdAt: Date;
}

export interface ClaimDetail {
  id: number;
  title: string | null;
  statement: string;
  claimant: ClaimantRef & { kind: string; description: string };
  firstAppearedAt: Date | null;
  firstAppearanceUrl: string | null;
  firstAppearanceNote: string;
  context: string;
  place: string | null;
  quantity: Quantity | null;
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  tags: TagRef[];
  /** Every live citation, grouped by the page; ordered supports, contradicts, context. */
  evidence: EvidenceItem[];
  /** Newest first: the public corrections log. */
  history: VerdictHistoryEntry[];
}

export interface VerdictCount {
  verdict: Verdict;
  count: number;
}

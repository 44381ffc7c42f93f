import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import type { Stance } from '@/lib/domain/evidence';
import type { SourceRef } from '@/lib/claims/types';

export interface SourceListItem extends SourceRef {
  /** Published claims citing this source. */
  claimCount: number;
}

export interface SourcePage {
  items: SourceListItem[];
  total: number;
  /** A search matched more sources than its list holds (SEARCH_LIST_CAP, the newest). */
  capped: boolean;
  /** A corrected search that finds sources, when this one found none (suggest-search.ts). */
  suggestion?: string | null;
  page: number;
  pageCount: number;
  pageSize: number;
}

export interface SourceDetail extends SourceRef {
  /** Published claims citing the source, all of them (the citations below are the latest few). */
  claimCount: number;
  citations: {
    id: number;
    stance: Stance;
    quote: string;
    locator: string;
    claim: {
      id: number;
      title: string | null;
      statement: string;
      verdict: Verdict;
      confidence: Confidence;
    };
  }[];
}

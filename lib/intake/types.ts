import type { QuantityQualifier } from '@/lib/domain/claims';
import type { ClaimantKind, Stance } from '@/lib/domain/evidence';
import type { RelationProposal } from '@/lib/relations/relation-proposal';
import type { Reason } from './score-sentence';

/** The article intake's shapes, as the server hands them to the intake page (plain data only). */

export type { Reason } from './score-sentence';

/** A claim as the intake pre-fills it: the claim form's fields, as strings ('' for none). */
export interface SuggestedClaim {
  statement: string;
  claimantName: string;
  claimantKind: ClaimantKind | '';
  place: string;
  context: string;
  firstAppearedAt: string;
  firstAppearanceUrl: string;
  quantityQualifier: QuantityQualifier | '';
  quantityValue: string;
  quantityMin: string;
  quantityMax: string;
  quantityUnit: string;
}

export interface SuggestedCitation {
  stance: Stance;
  quote: string;
  locator: string;
}

/** An existing claim with similar wording (see lib/intake/claim-similarity.ts). */
export interface SimilarClaim {
  id: number;
  statement: string;
  status: 'draft' | 'published';
  /** Token Jaccard similarity, 0–1. */
  similarity: number;
  /**
   * When the existing claim states a different figure: the link the new claim is proposed with
   * (lib/relations/relation-proposal.ts); absent otherwise.
   */
  proposal?: RelationProposal;
}

export interface Suggestion {
  /**
   * Stable for the same article: the sentence's position ("s12"), with "a"/"b" for the two
   * claims of a sentence that holds two ("s12a", "s12b").
   */
  key: string;
  rank: number;
  /** Which of the sentence's claims this is, when the sentence holds two; null when one. */
  part: { index: number; of: number } | null;
  score: number;
  reasons: Reason[];
  /** The sentence as it stands in the article. */
  sentence: string;
  /** Where the claimant came from: the sentence's attribution, or the article's publisher. */
  claimantFrom: 'attribution' | 'publisher' | 'none';
  places: string[];
  dates: string[];
  claim: SuggestedClaim;
  citation: SuggestedCitation;
  similar: SimilarClaim[];
}

export interface ArticleAnalysis {
  sentenceCount: number;
  /** Sentences at or above the threshold (more than are shown when the article is long). */
  candidateCount: number;
  suggestions: Suggestion[];
  /** Things the editor should know about the reading ("does not read as English"). */
  notes: string[];
}

/** What the editor tells about the article; every field but the text is optional. */
export interface ArticleMeta {
  title: string | null;
  publisherName: string | null;
  url: string | null;
  /** YYYY-MM-DD. */
  publishedAt: string | null;
}

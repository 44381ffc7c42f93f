import type { Confidence, Verdict } from '@/lib/domain/verdicts';

/** What a reviewer decides about a claim's open verdict revision (lib/review/review-verdict.ts). */
export const REVIEW_DECISIONS = ['approve', 'send_back', 'bypass'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The revision's review state each decision settles it in. */
export type DecidedReviewState = 'approved' | 'sent_back' | 'bypassed';

/** A review decision that was recorded: the claim's new version for the form's next save. */
export interface ReviewDecided {
  id: number;
  version: number;
  decision: ReviewDecision;
  state: DecidedReviewState;
}

/** What the review form keeps when a decision is refused. */
export interface ReviewFormValues {
  comment: string;
}

/**
 * The claim's open verdict revision as the editing page shows it: the proposal waiting for a
 * second editor (or sent back with the reviewer's comment), and what readers see meanwhile.
 */
export interface OpenReview {
  revisionId: number;
  state: 'pending' | 'sent_back';
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
  /** An admin's reason for proposing a verdict the evidence rules refuse. */
  overrideReason: string | null;
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
  /** The reviewer's comment when sent back; null while pending for the first time. */
  reviewComment: string | null;
  reviewedById: string | null;
  reviewedByName: string | null;
  reviewedAt: Date | null;
  /** The approved verdict readers see now (the claim's verdict columns). */
  published: { verdict: Verdict; confidence: Confidence; rationale: string };
}

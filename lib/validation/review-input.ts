import { z } from 'zod';
import { REVIEW_DECISIONS } from '@/lib/review/types';
import { loadedVersion, recordId } from './form-values';
import { optionalText } from './text';

/** A reviewer's comment when sending back, or an admin's reason to publish without review. */
export const REVIEW_COMMENT_MAX = 2000;

/** A decision on the claim's open verdict revision, at the claim's loaded version. */
export const reviewVerdictSchema = z.strictObject({
  claimId: recordId('Claim'),
  version: loadedVersion,
  revisionId: recordId('Verdict revision'),
  decision: z.enum(REVIEW_DECISIONS, { error: 'Choose approve, send back or publish.' }),
  comment: optionalText({ label: 'Comment', max: REVIEW_COMMENT_MAX, multiline: true }),
});
export type ReviewVerdictInput = z.input<typeof reviewVerdictSchema>;
export type ReviewVerdictData = z.output<typeof reviewVerdictSchema>;

/** Asking the claim's reviewer to review its open verdict revision. */
export const requestReviewSchema = z.strictObject({
  claimId: recordId('Claim'),
  version: loadedVersion,
});
export type RequestReviewInput = z.input<typeof requestReviewSchema>;

import { PUBLIC_REVIEW_STATES } from '@/lib/domain/review';

/**
 * The review states readers may see (lib/domain/review.ts) as an SQL list, for the statements
 * that read verdict history for readers: exports, the API. A revision waiting for review, sent
 * back or superseded never leaves the desk. Constant text (no input), so safe to inline.
 */
export const PUBLIC_REVIEW_STATES_SQL = PUBLIC_REVIEW_STATES.map((state) => `'${state}'`).join(
  ', ',
);

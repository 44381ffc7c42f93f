import { TEXT_MAX } from '@/lib/validation/text';

/** The article intake's limits, in one place for the form, the action, the tests and the eval. */

/** Longest article accepted, in characters as a reader counts them (code points). */
export const ARTICLE_MAX = 100_000;

/** A sentence scoring at least this is suggested (the rules are in score-sentence.ts). */
export const SUGGEST_THRESHOLD = 3;

/** At most this many suggestions are shown, best first. */
export const MAX_SUGGESTIONS = 30;

/** A quoted passage longer than a citation's quote may be is cut to this, with an ellipsis. */
export const QUOTE_MAX = TEXT_MAX.quote;

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

/**
 * An intake record keeps the article's whole text up to this many characters; a longer one keeps
 * its SHA-256 and its first INTAKE_EXCERPT characters. A news article runs 3,000–15,000
 * characters, so nearly every record holds its text for the desk to re-read; the long pastes
 * (live blogs, reports, up to ARTICLE_MAX) are third-party text the desk does not need to hold
 * whole: every suggested sentence is kept in full with its place in the article, the article
 * stays at its link (and the source's archived copy), and the hash still recognises the same
 * text pasted again.
 */
export const INTAKE_TEXT_KEPT = 20_000;
export const INTAKE_EXCERPT = 1_000;

/** How many recent intake records the intake page lists. */
export const RECENT_INTAKE_RECORDS = 20;

/**
 * Source watch's vocabulary (issue 15), listed once: what a check of a cited page can end in,
 * what the desk is told about a source (its link state) and about a citation's quoted passage
 * (its quote state).
 */

/** How one fetch ended: `ok`, or the reason it gave no page (an editor reads these words). */
export const FETCH_OUTCOMES = [
  'ok',
  'http_error', // the server answered 4xx/5xx
  'dns_error', // the name did not resolve
  'connect_error', // refused, reset, unreachable
  'timeout', // connect 5 s or total 20 s passed
  'too_large', // over the size cap
  'unsupported_type', // not HTML, text or PDF
  'too_many_redirects', // more than 5 hops, or a loop
  'blocked', // refused by the fetch rules (scheme, address range)
] as const;
export type FetchOutcome = (typeof FETCH_OUTCOMES)[number];

/** Failures that count towards "dead" (3 in a row); the others say something about the page. */
export const DEAD_AFTER_FAILURES = 3;

/**
 * A source's link state, most urgent first (the Source watch page orders by it):
 * - dead: 4xx/5xx, DNS or connection failure on DEAD_AFTER_FAILURES consecutive checks;
 * - blocked: the fetch rules refused the address (private range, bad scheme…);
 * - quote_drifted: a citation's quoted passage is no longer in the page;
 * - changed: the page's text changed since the previous snapshot;
 * - redirected: the page now ends at another address;
 * - ok: fetched, same text, quotes found;
 * - unchecked: not fetched yet.
 */
export const LINK_STATES = [
  'dead',
  'blocked',
  'quote_drifted',
  'changed',
  'redirected',
  'ok',
  'unchecked',
] as const;
export type LinkState = (typeof LINK_STATES)[number];

export function isLinkState(value: unknown): value is LinkState {
  return typeof value === 'string' && (LINK_STATES as readonly string[]).includes(value);
}

/**
 * Whether a citation's quoted passage is in the source's latest snapshot:
 * exact (after normalising whitespace, quote marks and case), close (found with small
 * differences; score below 1), missing, or unchecked.
 */
export const QUOTE_STATES = ['missing', 'close', 'exact', 'unchecked'] as const;
export type QuoteState = (typeof QUOTE_STATES)[number];

export function isQuoteState(value: unknown): value is QuoteState {
  return typeof value === 'string' && (QUOTE_STATES as readonly string[]).includes(value);
}

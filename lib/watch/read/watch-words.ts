import type { LinkState, QuoteState } from '@/lib/domain/source-watch';

/** What an editor reads for each link state: a short label and a sentence saying what it means. */
export const LINK_STATE_LABELS: Record<LinkState, string> = {
  dead: 'Link dead',
  blocked: 'Link blocked',
  quote_drifted: 'Quote drifted',
  changed: 'Page changed',
  redirected: 'Redirected',
  ok: 'Link OK',
  unchecked: 'Not checked yet',
};

export const LINK_STATE_HINTS: Record<LinkState, string> = {
  dead: 'The page failed on three checks in a row.',
  blocked: 'The fetch rules refused the address.',
  quote_drifted: 'A quoted passage is no longer in the page.',
  changed: 'The page’s text changed since the previous snapshot.',
  redirected: 'The page now ends at another address.',
  ok: 'Fetched, same text, quotes found.',
  unchecked: 'Not fetched yet.',
};

export const QUOTE_STATE_LABELS: Record<QuoteState, string> = {
  exact: 'Quote found',
  close: 'Quote found with small differences',
  missing: 'Quote missing',
  unchecked: 'Quote not checked yet',
};

/** The states the Source watch page lists unless a filter says otherwise: the ones to act on. */
export const PROBLEM_STATES = [
  'dead',
  'blocked',
  'quote_drifted',
  'changed',
  'redirected',
] as const satisfies readonly LinkState[];

/** States that mean a verdict may rest on a source that no longer backs it. */
export const URGENT_STATES = ['dead', 'quote_drifted'] as const satisfies readonly LinkState[];

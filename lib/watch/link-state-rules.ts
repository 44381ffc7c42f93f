import { DEAD_AFTER_FAILURES, type FetchOutcome, type LinkState } from '@/lib/domain/source-watch';
import type { FetchResult } from './fetch-types';

/**
 * Outcomes that say the page cannot be reached (a reader following the link gets nothing):
 * repeated DEAD_AFTER_FAILURES times in a row, the source is dead. A redirect loop or chain
 * longer than the fetcher follows counts too: a browser gives up on it as well.
 */
export const UNREACHABLE_OUTCOMES: readonly FetchOutcome[] = [
  'http_error',
  'dns_error',
  'connect_error',
  'timeout',
  'too_many_redirects',
];

/**
 * Outcomes where the server answered with a page the fetcher would not read (over the size cap,
 * a video or an archive): the link is alive, so they reset the failure count and are never
 * "dead", but there is no text to compare, so the state the desk knew is kept.
 */
export const UNREADABLE_OUTCOMES: readonly FetchOutcome[] = ['too_large', 'unsupported_type'];

export type WatchBefore = {
  state: LinkState;
  consecutiveFailures: number;
};

export type CheckFindings = {
  /** The page's text hash differs from the previous snapshot's (false on the first snapshot). */
  contentChanged: boolean;
  /** A live citation's quoted passage was not found in this page. */
  quoteMissing: boolean;
};

export type WatchAfter = {
  state: LinkState;
  /** Consecutive checks that ended in an unreachable outcome (the dead rule's count). */
  consecutiveFailures: number;
  /** Why this check gave no usable page, in the fetcher's words; '' after a success. */
  lastProblem: string;
};

/**
 * A source's link state after one check: the one rule every path (the worker, a "check now")
 * goes through. `before` is null for a source never checked.
 */
export function nextLinkState(
  before: WatchBefore | null,
  result: FetchResult,
  findings: CheckFindings,
  deadAfter: number = DEAD_AFTER_FAILURES,
): WatchAfter {
  const previous: LinkState = before?.state ?? 'unchecked';
  const failures = before?.consecutiveFailures ?? 0;

  if (result.ok) {
    // Most urgent first (LINK_STATES' order): a missing quote matters more than new text,
    // new text more than a new address.
    const redirected = result.finalUrl !== result.url || result.redirects.length > 0;
    const state: LinkState = findings.quoteMissing
      ? 'quote_drifted'
      : findings.contentChanged
        ? 'changed'
        : redirected
          ? 'redirected'
          : 'ok';
    return { state, consecutiveFailures: 0, lastProblem: '' };
  }

  if (result.outcome === 'blocked') {
    // The fetch rules refuse the address: no retry will change that until the address or the
    // allow-list does, so it is said at once.
    return { state: 'blocked', consecutiveFailures: 0, lastProblem: result.message };
  }

  if (UNREADABLE_OUTCOMES.includes(result.outcome)) {
    // Alive again after being dead or blocked, but unreadable: "changed" sends an editor to
    // look; a never-read page stays unchecked (the problem says why).
    const state: LinkState = previous === 'dead' || previous === 'blocked' ? 'changed' : previous;
    return { state, consecutiveFailures: 0, lastProblem: result.message };
  }

  // Unreachable: dead once it has failed deadAfter times in a row; before that the last state
  // stands (one bad night of a server is not a dead link) and the problem is recorded.
  const consecutiveFailures = failures + 1;
  return {
    state: consecutiveFailures >= deadAfter ? 'dead' : previous,
    consecutiveFailures,
    lastProblem: result.message,
  };
}

/** Whether a source is failing: rechecked at the failing cadence (cadence.ts). */
export function isFailing(after: Pick<WatchAfter, 'state' | 'consecutiveFailures'>): boolean {
  return after.state === 'dead' || after.state === 'blocked' || after.consecutiveFailures > 0;
}

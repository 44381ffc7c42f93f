import { describe, expect, it } from 'vitest';
import type { FetchOutcome, LinkState } from '@/lib/domain/source-watch';
import type { FetchFailure, FetchedPage } from '@/lib/watch/fetch-types';
import { isFailing, nextLinkState } from '@/lib/watch/link-state-rules';

const URL = 'https://news.example/story';

function page(overrides: Partial<FetchedPage> = {}): FetchedPage {
  return {
    ok: true,
    outcome: 'ok',
    url: URL,
    finalUrl: URL,
    redirects: [],
    httpStatus: 200,
    contentType: 'text/html',
    title: 'Story',
    text: 'Text',
    contentHash: 'a'.repeat(64),
    durationMs: 10,
    ...overrides,
  };
}

function failure(
  outcome: Exclude<FetchOutcome, 'ok'>,
  message = `failed: ${outcome}`,
): FetchFailure {
  return { ok: false, outcome, message, url: URL, durationMs: 10 };
}

const nothingNew = { contentChanged: false, quoteMissing: false };
const before = (state: LinkState, consecutiveFailures = 0) => ({ state, consecutiveFailures });

describe('link state after a successful fetch', () => {
  it('is ok for a first fetch and for the same text at the same address', () => {
    expect(nextLinkState(null, page(), nothingNew)).toEqual({
      state: 'ok',
      consecutiveFailures: 0,
      lastProblem: '',
    });
    expect(nextLinkState(before('changed'), page(), nothingNew).state).toBe('ok');
  });

  it('is redirected when the page ends at another address', () => {
    const moved = page({
      finalUrl: 'https://news.example/new',
      redirects: ['https://news.example/new'],
    });
    expect(nextLinkState(before('ok'), moved, nothingNew).state).toBe('redirected');
  });

  it('is changed when the text changed, even if it also moved', () => {
    const moved = page({
      finalUrl: 'https://news.example/new',
      redirects: ['https://news.example/new'],
    });
    expect(
      nextLinkState(before('ok'), moved, { contentChanged: true, quoteMissing: false }).state,
    ).toBe('changed');
  });

  it('is quote_drifted when a quote is missing, the most urgent of the successes', () => {
    expect(
      nextLinkState(before('ok'), page(), { contentChanged: true, quoteMissing: true }).state,
    ).toBe('quote_drifted');
  });

  it('clears the failure streak and the problem, and revives a dead or blocked source', () => {
    expect(nextLinkState(before('dead', 5), page(), nothingNew)).toEqual({
      state: 'ok',
      consecutiveFailures: 0,
      lastProblem: '',
    });
    expect(nextLinkState(before('blocked'), page(), nothingNew).state).toBe('ok');
  });
});

describe('link state after a failed fetch', () => {
  it.each(['http_error', 'dns_error', 'connect_error', 'timeout', 'too_many_redirects'] as const)(
    '%s keeps the last state twice, then is dead on the third in a row',
    (outcome) => {
      const first = nextLinkState(before('ok'), failure(outcome, 'HTTP 404 Not Found'), nothingNew);
      expect(first).toEqual({
        state: 'ok',
        consecutiveFailures: 1,
        lastProblem: 'HTTP 404 Not Found',
      });
      const second = nextLinkState(first, failure(outcome), nothingNew);
      expect(second).toMatchObject({ state: 'ok', consecutiveFailures: 2 });
      const third = nextLinkState(second, failure(outcome), nothingNew);
      expect(third).toMatchObject({ state: 'dead', consecutiveFailures: 3 });
      expect(nextLinkState(third, failure(outcome), nothingNew)).toMatchObject({
        state: 'dead',
        consecutiveFailures: 4,
      });
    },
  );

  it('keeps a never-checked source unchecked until it is dead', () => {
    expect(nextLinkState(null, failure('dns_error'), nothingNew).state).toBe('unchecked');
    expect(nextLinkState(before('unchecked', 2), failure('dns_error'), nothingNew).state).toBe(
      'dead',
    );
  });

  it('honours another dead-after count', () => {
    expect(nextLinkState(before('ok', 0), failure('timeout'), nothingNew, 1).state).toBe('dead');
  });

  it('is blocked at once when the fetch rules refuse the address', () => {
    const refused = failure('blocked', 'refused: 10.0.0.5 is a private address');
    expect(nextLinkState(before('ok', 2), refused, nothingNew)).toEqual({
      state: 'blocked',
      consecutiveFailures: 0,
      lastProblem: 'refused: 10.0.0.5 is a private address',
    });
  });

  it.each(['too_large', 'unsupported_type'] as const)(
    '%s is a live but unreadable page: no failure counted, state kept',
    (outcome) => {
      expect(nextLinkState(before('changed', 2), failure(outcome), nothingNew)).toEqual({
        state: 'changed',
        consecutiveFailures: 0,
        lastProblem: `failed: ${outcome}`,
      });
      expect(nextLinkState(null, failure(outcome), nothingNew).state).toBe('unchecked');
      // It answers again: no longer dead, and no longer what the desk read: look at it.
      expect(nextLinkState(before('dead', 4), failure(outcome), nothingNew).state).toBe('changed');
      expect(nextLinkState(before('blocked'), failure(outcome), nothingNew).state).toBe('changed');
    },
  );
});

describe('isFailing', () => {
  it('is true for dead, blocked, or a streak of failures', () => {
    expect(isFailing({ state: 'dead', consecutiveFailures: 3 })).toBe(true);
    expect(isFailing({ state: 'blocked', consecutiveFailures: 0 })).toBe(true);
    expect(isFailing({ state: 'ok', consecutiveFailures: 1 })).toBe(true);
    expect(isFailing({ state: 'ok', consecutiveFailures: 0 })).toBe(false);
  });
});

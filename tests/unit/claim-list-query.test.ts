import { describe, expect, it } from 'vitest';
import {
  claimListSearchParams,
  parseClaimListQuery,
  QUERY_MAX,
} from '@/lib/validation/claim-list-query';
import { parseRouteId } from '@/lib/validation/route-id';

describe('parseClaimListQuery', () => {
  it('gives the defaults for an empty URL', () => {
    expect(parseClaimListQuery({})).toEqual({
      q: '',
      verdicts: [],
      confidence: null,
      tag: null,
      claimant: null,
      source: null,
      story: null,
      sort: 'updated',
      page: 1,
    });
  });

  it('reads every filter, with repeated and comma-separated verdicts', () => {
    const query = parseClaimListQuery({
      q: ' troops ',
      verdict: ['likely', 'false,confirmed', 'likely'],
      confidence: 'high',
      tag: 'Ukraine-War',
      claimant: '3',
      source: '12',
      story: 'north-korean-troops-in-russia',
      sort: 'verdict',
      page: '2',
    });
    expect(query).toEqual({
      q: 'troops',
      verdicts: ['likely', 'false', 'confirmed'],
      confidence: 'high',
      tag: 'ukraine-war',
      claimant: 3,
      source: 12,
      story: 'north-korean-troops-in-russia',
      sort: 'verdict',
      page: 2,
    });
  });

  it('falls back to defaults for invalid values instead of failing', () => {
    const query = parseClaimListQuery(
      new URLSearchParams(
        'verdict=nope&confidence=certain&tag=%3Cscript%3E&claimant=-1&source=1.5&story=%3Cb%3E&sort=x&page=abc',
      ),
    );
    expect(query).toMatchObject({
      verdicts: [],
      confidence: null,
      tag: null,
      claimant: null,
      source: null,
      story: null,
      sort: 'updated',
      page: 1,
    });
    expect(parseClaimListQuery({ page: '0' }).page).toBe(1);
    expect(parseClaimListQuery({ page: '1e400' }).page).toBe(1);
    expect(parseClaimListQuery({ claimant: '99999999999999999999' }).claimant).toBeNull();
  });

  it('sorts by relevance by default only when searching', () => {
    expect(parseClaimListQuery({ q: 'kursk' }).sort).toBe('relevance');
    expect(parseClaimListQuery({ sort: 'relevance' }).sort).toBe('updated');
    expect(parseClaimListQuery({ q: 'kursk', sort: 'created' }).sort).toBe('created');
  });

  it('cuts search text at the limit', () => {
    expect(parseClaimListQuery({ q: 'a'.repeat(QUERY_MAX + 500) }).q).toHaveLength(QUERY_MAX);
  });
});

describe('claimListSearchParams', () => {
  it('writes only non-default values, so each list state has one URL', () => {
    const query = parseClaimListQuery({ verdict: ['likely', 'false'], tag: 'kursk' });
    expect(claimListSearchParams(query).toString()).toBe('verdict=likely&verdict=false&tag=kursk');
    expect(claimListSearchParams(query, { page: 3 }).toString()).toBe(
      'verdict=likely&verdict=false&tag=kursk&page=3',
    );
  });

  it('round-trips through the parser', () => {
    const query = parseClaimListQuery({
      q: 'troops',
      confidence: 'low',
      claimant: '4',
      source: '9',
      sort: 'created',
      page: '5',
    });
    expect(parseClaimListQuery(claimListSearchParams(query))).toEqual(query);
  });
});

describe('claimListSearchParams without search words', () => {
  it('does not write sort=relevance once the search is removed', () => {
    const query = parseClaimListQuery({ q: 'troops', verdict: 'likely' });
    expect(claimListSearchParams(query, { q: '' }).toString()).toBe('verdict=likely');
  });
});

describe('parseRouteId', () => {
  it('accepts plain positive integers only', () => {
    expect(parseRouteId('12')).toBe(12);
    for (const raw of ['0', '-1', '1.5', '1e3', '12abc', '', ' 1', '1234567890123456']) {
      expect(parseRouteId(raw)).toBeNull();
    }
  });
});

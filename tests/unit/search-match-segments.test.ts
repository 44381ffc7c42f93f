import { describe, expect, it } from 'vitest';
import { searchTerms } from '@/lib/search/fts-query';
import { findSearchMatch, matchSegments, termMatcher } from '@/lib/search/match-segments';
import { readNumber } from '@/lib/search/number-forms';

const hits = (text: string, q: string) =>
  (matchSegments(text, termMatcher(searchTerms(q))) ?? []).filter((s) => s.hit).map((s) => s.text);

describe('readNumber', () => {
  it.each([
    ['12000', '12000'],
    ['12,000', '12000'],
    ['12 000', '12000'],
    ['12\u202f000', '12000'],
    ['12k', '12000'],
    ['12.5K', '12500'],
    ['1,234,567', '1234567'],
  ])('reads %j as %s', (written, digits) => {
    expect(readNumber(written)).toBe(digits);
  });

  it.each(['3.5', '1,5', '12,00', '1.2345k', 'k', '12 km', ''])('reads %j as no number', (w) => {
    expect(readNumber(w)).toBeNull();
  });
});

describe('matchSegments', () => {
  it('marks a number however the text writes it', () => {
    expect(hits('Up to 12,000 troops; later 12k and 12 000.', '12000')).toEqual([
      '12,000',
      '12k',
      '12 000',
    ]);
    expect(hits('Some 11,000 troops.', '12000')).toEqual([]);
  });

  it('marks word forms, across case and accents', () => {
    expect(hits('The Deployment was deployed; deploys.', 'deploy')).toEqual([
      'Deployment',
      'deployed',
      'deploys',
    ]);
    expect(hits('Un café à Kharkiv', 'cafe')).toEqual(['café']);
  });

  it('keeps the text whole and in order, cutting far text with an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    words[40] = 'Kursk';
    const segments = matchSegments(words.join(' '), termMatcher(['kursk'])) ?? [];
    const text = segments.map((s) => s.text).join('');
    expect(text.startsWith('…w28 ')).toBe(true);
    expect(text.endsWith('w59')).toBe(true);
    expect(segments.filter((s) => s.hit)).toEqual([{ text: 'Kursk', hit: true }]);
  });

  it('treats markup in the text as text', () => {
    const segments = matchSegments('<b>Kursk</b>', termMatcher(['kursk'])) ?? [];
    expect(segments.map((s) => s.text).join('')).toBe('<b>Kursk</b>');
  });
});

describe('findSearchMatch', () => {
  const claim = {
    statement: 'Foreign units clashed with Ukrainian forces.',
    context: 'Reported after a week of fighting.',
    claimant: 'Defence Ministry',
    quotes: ['Nothing here.', 'Fighting in the Kursk region continued.'],
  };

  it('takes the statement first, then context, claimant and each quote', () => {
    expect(findSearchMatch(claim, ['clash'])?.field).toBe('statement');
    expect(findSearchMatch(claim, ['week'])?.field).toBe('context');
    expect(findSearchMatch(claim, ['ministry'])?.field).toBe('claimant');
    expect(findSearchMatch(claim, ['kursk'])?.field).toBe('quote');
    expect(findSearchMatch(claim, ['moscow'])).toBeNull();
    expect(findSearchMatch(claim, [])).toBeNull();
  });

  it('takes the text that holds the most of the terms', () => {
    expect(findSearchMatch(claim, ['foreign', 'kursk'])?.field).toBe('statement');
    expect(findSearchMatch(claim, ['fighting', 'kursk'])?.field).toBe('quote');
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_TERMS, searchTerms, toFts5Match } from '@/lib/search/fts-query';

describe('searchTerms', () => {
  it('keeps words and numbers, lower-cased, in order, without repeats', () => {
    expect(searchTerms('North Korean troops, 12,000 troops')).toEqual([
      'north',
      'korean',
      'troops',
      '12',
      '000',
    ]);
  });

  it.each([
    ['"unbalanced quote', ['unbalanced', 'quote']],
    ['troops OR Kursk', ['troops', 'or', 'kursk']],
    ['NEAR(troops kursk, 2)', ['near', 'troops', 'kursk', '2']],
    ['-troops', ['troops']],
    ['kur*', ['kur']],
    ['\'; DROP TABLE "Claim"; --', ['drop', 'table', 'claim']],
    ['(((', []],
    ['', []],
  ])('reduces hostile input %j to plain words', (input, expected) => {
    expect(searchTerms(input)).toEqual(expected);
  });

  it('keeps letters of any script and folds compatibility forms', () => {
    expect(searchTerms('Курск 北朝鮮 ｆｕｌｌｗｉｄｔｈ')).toEqual([
      'курск',
      '北朝鮮',
      'fullwidth',
    ]);
  });

  it('caps the number of terms for 10,000 characters of input', () => {
    const input = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    expect(searchTerms(input)).toHaveLength(MAX_TERMS);
  });
});

describe('toFts5Match', () => {
  it('quotes every term so FTS5 operators are literal words', () => {
    expect(toFts5Match(['troops', 'or', 'near'])).toBe('"troops" "or" "near"');
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_TERMS, searchTerms, termForms, toFts5Match } from '@/lib/search/fts-query';

describe('searchTerms', () => {
  it('keeps words and numbers, lower-cased, in order, without repeats', () => {
    expect(searchTerms('North Korean troops, 12,000 troops')).toEqual([
      'north',
      'korean',
      'troops',
      '12000',
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
    ['"12,000" OR 12k', ['12000', 'or']],
    ['12 000 AND NOT 12.5k', ['12000', 'and', 'not', '12500']],
    ['3.5 1,5 12,00', ['3', '5', '1', '12', '00']],
    ['!!! ... ,,, ???', []],
    ['x'.repeat(500), ['x'.repeat(64)]],
    ['9'.repeat(40), ['9'.repeat(40)]],
    ['Курск "12к" 北朝鮮 1万', ['курск', '12к', '北朝鮮', '1万']],
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

describe('searchTerms reads numbers however they are written', () => {
  it.each(['12000', '12,000', '12 000', '12\u00a0000', '12k', '12K', '12.000k', '012,000'])(
    '%j is the number 12000',
    (written) => {
      expect(searchTerms(`${written} troops`)).toEqual(['12000', 'troops']);
    },
  );

  it('reads 12.5k as 12500, and keeps words glued to digits whole', () => {
    expect(searchTerms('12.5k A4 5km')).toEqual(['12500', 'a4', '5km']);
  });
});

describe('termForms', () => {
  it('asks for a number in every way the index holds it', () => {
    expect(termForms('12000')).toEqual(['12000', '12 000', '12k']);
    expect(termForms('12500')).toEqual(['12500', '12 500', '12 5k']);
    expect(termForms('1234567')).toEqual(['1234567', '1 234 567', '1234 567k']);
    expect(termForms('2024')).toEqual(['2024', '2 024', '2 024k']);
    expect(termForms('300')).toEqual(['300']);
    // A literal run with leading zeros is a word, not a number.
    expect(termForms('007')).toEqual(['007']);
  });

  it('asks for a word with its inflections, and the inflections of its base', () => {
    expect(termForms('deploy')).toEqual(
      expect.arrayContaining(['deploy', 'deployment', 'deployed', 'deploying', 'deploys']),
    );
    expect(termForms('deployment')).toEqual(expect.arrayContaining(['deployment', 'deploy']));
    expect(termForms('deployment')[0]).toBe('deployment');
  });

  it('asks for short words and other scripts as typed', () => {
    expect(termForms('war')).toEqual(['war']);
    expect(termForms('курск')).toEqual(['курск']);
    expect(termForms('news')).not.toContain('new');
  });
});

describe('toFts5Match', () => {
  it('quotes every form so FTS5 operators are literal words', () => {
    expect(toFts5Match(['or', 'not'])).toBe('"or" AND "not"');
    expect(toFts5Match(['12000'])).toBe('("12000" OR "12 000" OR "12k")');
    expect(toFts5Match(['a"b'])).toBe('"a""b"');
  });
});

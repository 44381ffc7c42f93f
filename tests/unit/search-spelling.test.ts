import { describe, expect, it } from 'vitest';
import { closestWord, editDistance } from '@/lib/search/spelling';

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('kursck', 'kursk')).toBe(1);
    expect(editDistance('kruks', 'kursk')).toBe(2);
    expect(editDistance('ceasefrie', 'ceasefire')).toBe(1);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('gives up beyond its limit', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('closestWord', () => {
  it('chooses the nearest word of the vocabulary', () => {
    expect(closestWord('kursck', ['kursk', 'kiev', 'kurtz', 'kursks'])).toBe('kursk');
  });

  it('breaks ties by length, then alphabetically, whatever the candidates order', () => {
    expect(closestWord('troopz', ['troops', 'troop'])).toBe('troops');
    expect(closestWord('baste', ['bast', 'base'])).toBe('base');
    expect(closestWord('baste', ['base', 'bast'])).toBe('base');
  });

  it('corrects nothing beyond reach, too short, already known, or not a word', () => {
    expect(closestWord('kursck', ['moscow'])).toBeNull();
    // Five letters allow one edit only.
    expect(closestWord('kirsc', ['kursk'])).toBeNull();
    expect(closestWord('wra', ['war'])).toBeNull();
    expect(closestWord('kursk', ['kursk', 'kursks'])).toBeNull();
    expect(closestWord('12000', ['12001'])).toBeNull();
  });

  it('reads letters of any script', () => {
    expect(closestWord('курскк', ['курск'])).toBe('курск');
  });
});

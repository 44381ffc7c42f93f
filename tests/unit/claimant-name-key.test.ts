import { describe, expect, it } from 'vitest';
import { claimantNameKey } from '@/lib/claimants/claimant-name-key';

describe('claimant name key', () => {
  it.each([
    ['South Korea’s spy agency', 'south koreas spy agency'],
    ["  south korea's   SPY agency ", 'south koreas spy agency'],
    ['South Korea‘s Spy-Agency', 'south koreas spy agency'],
    ['U.S. Department of Defense', 'us department of defense'],
    ['US Department of Defense', 'us department of defense'],
    ['Kyïv City Administration', 'kyiv city administration'],
    ['Ministère des Armées', 'ministere des armees'],
    ['National Intelligence Service (NIS)', 'national intelligence service nis'],
    ['Kim Jong-un', 'kim jong un'],
    ['Генштаб ЗСУ', 'генштаб зсу'],
    ['Ｇ７', 'g7'],
  ])('folds %j to %j', (name, key) => {
    expect(claimantNameKey(name)).toBe(key);
  });

  it('folds punctuation-only names to nothing', () => {
    expect(claimantNameKey(' -- ... ')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { unitKey } from '@/lib/figures/unit-key';
import { unitResolver } from '@/lib/figures/unit-resolver';

describe('unit key', () => {
  it.each([
    ['Troops', 'troop'],
    ['  troops ', 'troop'],
    ['troop', 'troop'],
    ['Soldiers', 'soldier'],
    ['casualties', 'casualty'],
    ['boxes', 'box'],
    ['marches', 'march'],
    ['prizes', 'prize'],
    ['prize', 'prize'],
    ['artillery shells', 'artillery shell'],
    ['Artillery-Shell', 'artillery shell'],
    ['mass', 'mass'],
    ['status', 'status'],
    ['basis', 'basis'],
    ['bus', 'bus'],
    ['percent of Ukraine’s territory', 'percent of ukraine territory'],
    ['%', '%'],
    ['km²', 'km2'],
    ['Militärs', 'militar'],
    ['', ''],
    ['  --  ', ''],
  ])('folds %j to %j', (word, key) => {
    expect(unitKey(word)).toBe(key);
  });
});

describe('unit resolver', () => {
  const resolve = unitResolver([
    { name: 'troops', synonyms: [{ name: 'soldiers' }, { name: 'Personnel' }] },
    { name: 'shells', synonyms: [] },
  ]);

  it('finds the canonical unit through its name and its synonyms, whatever the case or plural', () => {
    expect(resolve('Troop')).toEqual({ key: 'troop', name: 'troops' });
    expect(resolve('soldier')).toEqual({ key: 'troop', name: 'troops' });
    expect(resolve(' PERSONNEL ')).toEqual({ key: 'troop', name: 'troops' });
    expect(resolve('Shell')).toEqual({ key: 'shell', name: 'shells' });
  });

  it('treats a word without an entry as its own unit, named as the claim spells it', () => {
    expect(resolve('  drones  launched ')).toEqual({
      key: 'drone launched',
      name: 'drones launched',
    });
    expect(resolve('soldiers killed').key).not.toBe('troop');
  });
});

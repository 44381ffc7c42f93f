import { describe, expect, it } from 'vitest';
import { threeWayMerge } from '@/lib/audit/three-way-merge';

const loaded = {
  title: 'Loaded',
  place: 'Kursk',
  context: '',
  firstAppearedAt: '2024-11-05T00:00:00.000Z',
};

describe('threeWayMerge', () => {
  it.each([
    ['only mine changed', { title: 'Mine' }, { title: 'Loaded' }, ['title'], []],
    ['only theirs changed', { title: 'Loaded' }, { title: 'Theirs' }, [], []],
    ['both changed alike', { title: 'Same' }, { title: 'Same' }, [], []],
    ['both changed differently', { title: 'Mine' }, { title: 'Theirs' }, [], ['title']],
    ['nobody changed', { title: 'Loaded' }, { title: 'Loaded' }, [], []],
    ['mine cleared it, theirs kept it', { title: null }, { title: 'Loaded' }, ['title'], []],
  ])('%s', (_, mine, current, apply, conflicts) => {
    expect(
      threeWayMerge({ fields: ['title'], mine, loaded, current: { ...loaded, ...current } }),
    ).toEqual({ apply, conflicts });
  });

  it('compares a Date with its stored ISO text', () => {
    const date = new Date('2024-11-05T00:00:00.000Z');
    expect(
      threeWayMerge({
        fields: ['firstAppearedAt'],
        mine: { firstAppearedAt: date },
        loaded,
        current: { ...loaded, firstAppearedAt: new Date('2024-12-01T00:00:00.000Z') },
      }),
    ).toEqual({ apply: [], conflicts: [] });
  });

  it('without the loaded values, every submitted field that differs from the current one is a conflict', () => {
    expect(
      threeWayMerge({
        fields: ['title', 'place', 'context'],
        mine: { title: 'Mine', place: 'Kursk', context: 'Old' },
        loaded: null,
        current: { title: 'Theirs', place: 'Kursk', context: 'New' },
      }),
    ).toEqual({ apply: [], conflicts: ['title', 'context'] });
  });

  it('uses the comparison it is given (tags in any order and case)', () => {
    const slugs = (field: string, value: unknown) =>
      JSON.stringify((value as string[]).map((t) => t.toLowerCase()).sort());
    expect(
      threeWayMerge({
        fields: ['tags'],
        mine: { tags: ['kursk', 'Russia'] },
        loaded: { tags: ['Russia', 'Kursk'] },
        current: { tags: ['Russia', 'Kursk', 'Troops'] },
        comparable: slugs,
      }),
    ).toEqual({ apply: [], conflicts: [] });
  });
});

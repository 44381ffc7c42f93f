import { describe, expect, it } from 'vitest';
import { failureState } from '@/app/editor/form-state';
import type { MutationFailure } from '@/lib/validation/mutation-result';

// What a claim form gets back when someone else saved the same fields first: the form goes on
// from the current version, with their changes in the fields it did not change, its own text in
// the fields both changed, and each of those fields' three values as the form shows them.
describe('failureState for a conflict', () => {
  const typed = {
    statement: 'Bob’s statement',
    title: 'Loaded title',
    place: 'Kursk',
    firstAppearedAt: '2024-11-05',
    quantityMax: '12,000',
    claimantId: '7',
    claimantName: '',
  };
  const failure: MutationFailure = {
    ok: false,
    message: 'Someone else changed the same field of this claim after you opened it.',
    conflict: {
      current: {
        statement: 'Alice’s statement',
        title: 'Alice’s title',
        place: 'Kursk',
        firstAppearedAt: new Date('2024-11-06T00:00:00.000Z'),
        quantityMax: 12000,
        claimantId: 7,
        claimantName: 'Kremlin',
        tags: ['Kursk', 'Troops'],
        version: 5,
      },
      changedFields: ['statement', 'title', 'firstAppearedAt', 'tags'],
      fields: [
        {
          field: 'statement',
          mine: 'Bob’s statement',
          loaded: 'Loaded statement',
          current: 'Alice’s statement',
          savedBy: { id: 'u1', name: 'Alice' },
          savedAt: new Date('2026-11-26T14:03:00.000Z'),
        },
        {
          field: 'firstAppearedAt',
          mine: new Date('2024-11-05T00:00:00.000Z'),
          current: new Date('2024-11-06T00:00:00.000Z'),
          savedBy: null,
          savedAt: null,
        },
      ],
    },
  };

  it('rebases what the editor did not change and keeps what both changed', () => {
    const state = failureState(failure, typed);
    expect(state.values).toEqual({ ...typed, title: 'Alice’s title' });
    expect(state.conflict?.version).toBe('5');
  });

  it('gives each conflicting field as form text: typed, loaded (or unknown), current, who and when', () => {
    expect(failureState(failure, typed).conflict?.fields).toEqual([
      {
        field: 'statement',
        mine: 'Bob’s statement',
        loaded: 'Loaded statement',
        current: 'Alice’s statement',
        savedBy: 'Alice',
        savedAt: '2026-11-26T14:03:00.000Z',
      },
      {
        field: 'firstAppearedAt',
        mine: '2024-11-05',
        loaded: null,
        current: '2024-11-06',
        savedBy: null,
        savedAt: null,
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { cappedListNote, listCountOf } from '@/lib/format/counts';

describe('list counts', () => {
  it('says how many claims a list holds', () => {
    expect(listCountOf(1, false, 'claim')).toBe('1 claim');
    expect(listCountOf(1204, false, 'claim')).toBe('1,204 claims');
  });

  it('says "more than" when a search holds only its newest matches, and what to do', () => {
    expect(listCountOf(1000, true, 'claim')).toBe('More than 1,000 claims');
    expect(cappedListNote(1000)).toBe(
      'The 1,000 most recently added are listed. Add a word or a filter to narrow the search.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { formatQuantity } from '@/lib/domain/claims';
import { VERDICTS, verdictInfo } from '@/lib/domain/verdicts';

const none = { qualifier: null, value: null, min: null, max: null, unit: null };

describe('formatQuantity', () => {
  it('writes the demo story quantity the way a reader says it', () => {
    expect(formatQuantity({ ...none, qualifier: 'up_to', max: 12000, unit: 'troops' })).toBe(
      'up to 12,000 troops',
    );
  });

  it('handles each qualifier', () => {
    expect(formatQuantity({ ...none, qualifier: 'at_least', min: 3, unit: 'missiles' })).toBe(
      'at least 3 missiles',
    );
    expect(formatQuantity({ ...none, qualifier: 'about', value: 18, unit: '%' })).toBe(
      'about 18 %',
    );
    expect(
      formatQuantity({ ...none, qualifier: 'between', min: 10000, max: 12000, unit: 'troops' }),
    ).toBe('between 10,000 and 12,000 troops');
    expect(formatQuantity({ ...none, qualifier: 'up_to', max: 0, unit: 'units' })).toBe(
      'up to 0 units',
    );
    expect(formatQuantity({ ...none, qualifier: 'exactly', value: 0, unit: 'units' })).toBe(
      '0 units',
    );
  });

  it('returns null when there is no number to show', () => {
    expect(formatQuantity(none)).toBeNull();
    expect(formatQuantity({ ...none, qualifier: 'between', min: 1 })).toBeNull();
  });
});

describe('verdict scale', () => {
  it('gives each verdict its own rank, in scale order (lists sort and the home chart counts by it)', () => {
    const ranks = VERDICTS.map((v) => v.rank);
    expect(new Set(ranks).size).toBe(VERDICTS.length);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('maps verdicts to ClaimReview ratings as DOMAIN.md says', () => {
    expect(Object.fromEntries(VERDICTS.map((v) => [v.code, v.rating]))).toEqual({
      confirmed: 5,
      likely: 4,
      disputed: 3,
      misleading: 2,
      unsubstantiated: 2,
      false: 1,
      unverified: null,
    });
  });

  it('treats an unknown code as Unverified rather than failing', () => {
    expect(verdictInfo('bogus').label).toBe('Unverified');
  });
});

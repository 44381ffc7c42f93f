import { describe, expect, it } from 'vitest';
import { formatTickValue, niceStep, timeScale, valueScale } from '@/lib/figures/chart-scale';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('value scale', () => {
  it('starts at 0 and ends on a nice tick above the largest value', () => {
    const scale = valueScale([3000, 10_000, 12_000], [200, 0]);
    expect(scale.domain[0]).toBe(0);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(12_000);
    expect(scale.ticks.map((t) => t.value)).toEqual([0, 5000, 10_000, 15_000]);
    expect(scale.ticks.map((t) => t.label)).toEqual(['0', '5,000', '10k', '15k']);
    expect(scale.at(0)).toBe(200);
    expect(scale.at(15_000)).toBe(0);
  });

  it('keeps zero on the axis even when every value is far above it', () => {
    const scale = valueScale([10_000, 11_000], [100, 0]);
    expect(scale.ticks[0]?.value).toBe(0);
  });

  it('draws one point against 0 to a nice tick above it', () => {
    const scale = valueScale([18], [100, 0]);
    expect(scale.domain).toEqual([0, 20]);
    expect(scale.at(18)).toBeCloseTo(10);
  });

  it('has a usable axis with no points, or only zeros', () => {
    for (const values of [[], [0, 0]]) {
      const scale = valueScale(values, [100, 0]);
      expect(scale.domain[0]).toBe(0);
      expect(scale.domain[1]).toBeGreaterThan(0);
      expect(Number.isFinite(scale.at(0))).toBe(true);
      expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('handles huge values with a few short labels, and ignores non-finite ones', () => {
    const scale = valueScale([1e15, Number.POSITIVE_INFINITY, Number.NaN], [100, 0]);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(1e15);
    expect(scale.ticks.length).toBeLessThanOrEqual(6);
    for (const t of scale.ticks) expect(t.label.length).toBeLessThanOrEqual(6);
    expect(scale.at(1e15)).toBeGreaterThanOrEqual(0);
  });

  it('extends below zero for negative values', () => {
    const scale = valueScale([-30, 50], [100, 0]);
    expect(scale.domain[0]).toBeLessThanOrEqual(-30);
    expect(scale.ticks.some((t) => t.value === 0)).toBe(true);
  });

  it('picks nice steps', () => {
    expect(niceStep(12_000, 4)).toBe(5000);
    expect(niceStep(100, 4)).toBe(25);
    expect(niceStep(1, 4)).toBe(0.25);
    expect(niceStep(0, 4)).toBe(1);
    expect(formatTickValue(2.5)).toBe('2.5');
  });
});

describe('time scale', () => {
  it('spans the dates with a margin, ticks inside it, in order', () => {
    const dates = [day('2024-10-18'), day('2024-11-05'), day('2024-12-20')];
    const scale = timeScale(dates, [0, 400]);
    expect(scale.domain[0]).toBeLessThan(dates[0]!);
    expect(scale.domain[1]).toBeGreaterThan(dates[2]!);
    expect(scale.at(dates[0]!)).toBeGreaterThan(0);
    expect(scale.at(dates[2]!)).toBeLessThan(400);
    expect(scale.ticks.length).toBeGreaterThan(0);
    expect(scale.ticks.length).toBeLessThanOrEqual(5);
    const values = scale.ticks.map((t) => t.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(scale.domain[0]);
      expect(v).toBeLessThanOrEqual(scale.domain[1]);
    }
    expect(scale.ticks.map((t) => t.label)).toContain('Nov 2024');
  });

  it('centres one date (or equal dates) in a two-month window', () => {
    const scale = timeScale([day('2024-11-05'), day('2024-11-05')], [0, 400]);
    expect(scale.at(day('2024-11-05'))).toBeCloseTo(200);
    expect(scale.ticks.length).toBeGreaterThan(0);
  });

  it('has an axis with no dates', () => {
    const scale = timeScale([], [0, 400], 4, day('2026-12-01'));
    expect(scale.domain[1]).toBeGreaterThan(scale.domain[0]);
    expect(Number.isFinite(scale.at(day('2026-11-20')))).toBe(true);
  });

  it('labels years across a long span', () => {
    const scale = timeScale([day('2014-03-01'), day('2024-11-05')], [0, 400]);
    expect(scale.ticks.length).toBeLessThanOrEqual(5);
    expect(scale.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });
});

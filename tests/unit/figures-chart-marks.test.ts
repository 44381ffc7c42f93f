import { describe, expect, it } from 'vitest';
import {
  claimantSymbols,
  figureShape,
  layoutMarks,
  type MarkLayout,
} from '@/lib/figures/chart-marks';
import type { FigurePoint } from '@/lib/figures/figure-types';

let nextId = 0;
function point(over: Partial<FigurePoint> = {}): FigurePoint {
  nextId += 1;
  return {
    claimId: nextId,
    label: `Claim ${nextId}`,
    claimant: { id: 1, name: 'NIS' },
    date: '2024-11-05',
    qualifier: 'exactly',
    value: 100,
    min: null,
    max: null,
    unit: 'troops',
    verdict: 'likely',
    confidence: 'moderate',
    ...over,
  };
}

// Dates map to days since 2024-11-01, values to 1000 - value / 10: easy to read in assertions.
const layout: MarkLayout = {
  x: (t) => (t - Date.parse('2024-11-01T00:00:00Z')) / 86_400_000,
  y: (v) => 1000 - v / 10,
  top: 0,
  bottom: 1000,
  arrow: 20,
  dodge: 10,
  left: -100,
  right: 100,
};

describe('figure shapes', () => {
  it('a filled point for an exact figure, a hollow one for an approximate figure', () => {
    expect(figureShape(point({ qualifier: 'exactly', value: 18 }))).toEqual({
      kind: 'point',
      value: 18,
      approximate: false,
    });
    expect(figureShape(point({ qualifier: 'about', value: 3000 }))).toEqual({
      kind: 'point',
      value: 3000,
      approximate: true,
    });
    expect(figureShape(point({ qualifier: null, value: 7 }))).toMatchObject({ approximate: false });
  });

  it('a bar from min to max for a range, in either order', () => {
    expect(
      figureShape(point({ qualifier: 'between', value: null, min: 10_000, max: 12_000 })),
    ).toEqual({ kind: 'range', min: 10_000, max: 12_000 });
    expect(figureShape(point({ qualifier: null, value: null, min: 12, max: 10 }))).toEqual({
      kind: 'range',
      min: 10,
      max: 12,
    });
  });

  it('open ends: "up to" from its maximum, "at least" from its minimum', () => {
    expect(figureShape(point({ qualifier: 'up_to', value: null, max: 12_000 }))).toEqual({
      kind: 'up_to',
      value: 12_000,
    });
    expect(figureShape(point({ qualifier: 'up_to', value: 5, max: null }))).toEqual({
      kind: 'up_to',
      value: 5,
    });
    expect(figureShape(point({ qualifier: 'at_least', value: null, min: 100 }))).toEqual({
      kind: 'at_least',
      value: 100,
    });
  });

  it('nothing to draw without a number', () => {
    expect(figureShape(point({ value: null }))).toBeNull();
    expect(figureShape(point({ qualifier: 'up_to', value: null, min: 3 }))).toBeNull();
    expect(figureShape(point({ value: Number.NaN }))).toBeNull();
  });
});

describe('mark layout', () => {
  it('places points, ranges and arrows, the arrows pointing the open way and kept in the plot', () => {
    const marks = layoutMarks(
      [
        point({ date: '2024-11-03', value: 3000 }),
        point({ date: '2024-11-13', qualifier: 'between', value: null, min: 1000, max: 2000 }),
        point({ date: '2024-11-23', qualifier: 'up_to', value: null, max: 5000 }),
        point({ date: '2024-12-03', qualifier: 'at_least', value: null, min: 9990 }),
      ],
      layout,
    );
    expect(marks.map((m) => [m.shape.kind, m.x, m.y, m.y2])).toEqual([
      ['point', 2, 700, null],
      ['range', 12, 800, 900],
      ['up_to', 22, 500, 520],
      // 9990 sits 1 unit below the top: the arrow up stops at the plot's edge.
      ['at_least', 32, 1, 0],
    ]);
  });

  it('sets marks on the same date side by side instead of on top of each other', () => {
    const marks = layoutMarks(
      [point({ value: 1 }), point({ value: 2 }), point({ value: 3 })],
      layout,
    );
    const xs = marks.map((m) => m.x).sort((a, b) => a - b);
    // Centred on day 4, 10 apart.
    expect(xs).toEqual([-6, 4, 14]);
    expect(new Set(xs).size).toBe(3);
  });

  it('closes up many marks on one date so they stay inside the plot', () => {
    const many = Array.from({ length: 41 }, (_, i) => point({ date: '2024-11-30', value: i }));
    const xs = layoutMarks(many, layout).map((m) => m.x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-100);
    expect(Math.max(...xs)).toBeLessThanOrEqual(100);
    expect(new Set(xs).size).toBe(41);
  });

  it('draws nothing for no points, and one mark for one point', () => {
    expect(layoutMarks([], layout)).toEqual([]);
    expect(layoutMarks([point()], layout)).toHaveLength(1);
  });

  it('gives each claimant its own symbol, in order of appearance', () => {
    const symbols = claimantSymbols([
      point({ claimant: { id: 7, name: 'A' } }),
      point({ claimant: { id: 3, name: 'B' } }),
      point({ claimant: { id: 7, name: 'A' } }),
    ]);
    expect([...symbols]).toEqual([
      [7, 'circle'],
      [3, 'square'],
    ]);
  });
});

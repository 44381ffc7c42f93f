import type { FigurePoint } from './figure-types';

/**
 * What a figure draws as, pure: a point (filled when exact, hollow when approximate), a bar from
 * min to max for a range, or an open-ended arrow for "up to" (pointing down from its bound) and
 * "at least" (pointing up). The same decision says whether a claim has a figure at all, so the
 * chart, its table and the CSV hold the same rows.
 */
export type FigureShape =
  | { kind: 'point'; value: number; approximate: boolean }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'up_to'; value: number }
  | { kind: 'at_least'; value: number };

type Quantity = Pick<FigurePoint, 'qualifier' | 'value' | 'min' | 'max'>;

const finite = (n: number | null): n is number => n !== null && Number.isFinite(n);

export function figureShape(q: Quantity): FigureShape | null {
  const { value, min, max } = q;
  switch (q.qualifier) {
    case 'up_to': {
      const bound = finite(max) ? max : value;
      return finite(bound) ? { kind: 'up_to', value: bound } : null;
    }
    case 'at_least': {
      const bound = finite(min) ? min : value;
      return finite(bound) ? { kind: 'at_least', value: bound } : null;
    }
    case 'between':
      if (finite(min) && finite(max)) return rangeOf(min, max);
      return finite(value) ? { kind: 'point', value, approximate: true } : null;
    default: {
      const approximate = q.qualifier === 'about';
      if (finite(value)) return { kind: 'point', value, approximate };
      if (finite(min) && finite(max)) return rangeOf(min, max);
      if (finite(max)) return { kind: 'up_to', value: max };
      if (finite(min)) return { kind: 'at_least', value: min };
      return null;
    }
  }
}

function rangeOf(a: number, b: number): FigureShape {
  if (a === b) return { kind: 'point', value: a, approximate: false };
  return { kind: 'range', min: Math.min(a, b), max: Math.max(a, b) };
}

/** The numbers a shape puts on the value axis. */
export function shapeValues(shape: FigureShape): number[] {
  return shape.kind === 'range' ? [shape.min, shape.max] : [shape.value];
}

/** Claimant mark shapes, in legend order; a claimant keeps its shape across a page's charts. */
export const CLAIMANT_SYMBOLS = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'star',
] as const;
export type ClaimantSymbol = (typeof CLAIMANT_SYMBOLS)[number];

/** Each claimant's symbol, in order of first appearance; beyond six claimants they repeat. */
export function claimantSymbols(points: readonly FigurePoint[]): Map<number, ClaimantSymbol> {
  const symbols = new Map<number, ClaimantSymbol>();
  for (const p of points) {
    if (!symbols.has(p.claimant.id)) {
      symbols.set(p.claimant.id, CLAIMANT_SYMBOLS[symbols.size % CLAIMANT_SYMBOLS.length]!);
    }
  }
  return symbols;
}

export interface Mark {
  point: FigurePoint;
  shape: FigureShape;
  symbol: ClaimantSymbol;
  x: number;
  /** The mark's anchor: the point, the range's top, the open end's bound. */
  y: number;
  /** A range's bottom, or the arrow's tip (clamped inside the plot). */
  y2: number | null;
}

export interface MarkLayout {
  /** A date (ms) → x. */
  x(date: number): number;
  /** A value → y. */
  y(value: number): number;
  /** The plot's top and bottom y, to keep arrows inside. */
  top: number;
  bottom: number;
  /** How long an open end's arrow is, and how far apart marks on the same date are set. */
  arrow: number;
  dodge: number;
  /** The plot's left and right x: marks set side by side stay between them. */
  left: number;
  right: number;
}

export const dateOf = (point: FigurePoint) => Date.parse(`${point.date}T00:00:00Z`);

/**
 * Every drawable point as a mark. Marks on the same date (or closer than `dodge`) are set side by
 * side around that date rather than on top of one another, so each stays visible and clickable.
 */
export function layoutMarks(
  points: readonly FigurePoint[],
  layout: MarkLayout,
  symbols: Map<number, ClaimantSymbol> = claimantSymbols(points),
): Mark[] {
  const marks: Mark[] = [];
  for (const point of points) {
    const shape = figureShape(point);
    if (!shape) continue;
    const x = layout.x(dateOf(point));
    const symbol = symbols.get(point.claimant.id) ?? 'circle';
    if (shape.kind === 'range') {
      marks.push({ point, shape, symbol, x, y: layout.y(shape.max), y2: layout.y(shape.min) });
    } else if (shape.kind === 'point') {
      marks.push({ point, shape, symbol, x, y: layout.y(shape.value), y2: null });
    } else {
      const y = layout.y(shape.value);
      const tip =
        shape.kind === 'up_to'
          ? Math.min(layout.bottom, y + layout.arrow)
          : Math.max(layout.top, y - layout.arrow);
      marks.push({ point, shape, symbol, x, y, y2: tip });
    }
  }
  return dodge(marks, layout);
}

function dodge(marks: Mark[], { dodge: gap, left, right }: MarkLayout): Mark[] {
  const sorted = [...marks].sort((a, b) => a.x - b.x || a.point.claimId - b.point.claimId);
  const out: Mark[] = [];
  let group: Mark[] = [];
  const flush = () => {
    // Many marks on one date close up rather than leave the plot; the group is then moved
    // inside it whole.
    const step = group.length > 1 ? Math.min(gap, (right - left) / (group.length - 1)) : 0;
    const width = step * (group.length - 1);
    const center = group.reduce((sum, m) => sum + m.x, 0) / group.length;
    const start = Math.min(Math.max(center - width / 2, left), right - width);
    group.forEach((m, i) => out.push({ ...m, x: start + i * step }));
    group = [];
  };
  for (const mark of sorted) {
    // Grouped by a window from the group's first mark, not chained mark to mark: a dense
    // series stays on its dates instead of being spread out as one long group.
    const first = group[0];
    if (first && mark.x - first.x >= gap) flush();
    group.push(mark);
  }
  if (group.length) flush();
  return out;
}

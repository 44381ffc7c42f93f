import 'server-only';
import { db } from '@/lib/db';
import { claimSearch } from '@/lib/search/claim-search';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import { figureDateOf, figurePointOf } from './figure-point';
import { groupFigureSeries } from './figure-series';
import { FIGURES_PER_CHART, type FigurePoint, type FigureSeries } from './figure-types';
import { loadUnitResolver } from './units';

/**
 * Readers' figures: the published (never draft, never deleted) claims of a set that carry a
 * structured quantity, one series per canonical unit (figure-series.ts). The set is either a
 * list of claim ids (a story) or a claim list state (`/claims?…&view=figures` and its CSV),
 * read through the list's own query module so the chart shows exactly the list's claims.
 */
export interface FigureSet {
  series: FigureSeries[];
  /**
   * True when a story had more than FIGURES_SCAN_LIMIT claims and only its first were read (a
   * list is read whole: never).
   */
  scanCapped: boolean;
  /** Figures per chart when not FIGURES_PER_CHART (a story page's smaller charts). */
  perChart?: number;
  /** Units left out of `series` (a story page charts its largest units only). */
  unitsLeftOut?: number;
}

/**
 * How many claims of a story are looked at for figures, in the story's order: the cost of a
 * chart stays bounded however long the story. Measured (bench/figures.ts, 100,000 claims, 2 busy
 * cores): reading 5,000 took ~350 ms, nearly all of it Prisma's reads of 500 ids at a time. A
 * list is read by one statement instead (findFiguresForList), whole.
 */
export const FIGURES_SCAN_LIMIT = 2_000;
// Ids per read: Prisma's SQLite driver refuses a statement with more than 999 bound values.
const PAGE = 500;

const FIGURE_SELECT = {
  id: true,
  title: true,
  statement: true,
  firstAppearedAt: true,
  publishedAt: true,
  createdAt: true,
  quantityQualifier: true,
  quantityValue: true,
  quantityMin: true,
  quantityMax: true,
  quantityUnit: true,
  verdict: true,
  confidence: true,
  claimant: { select: { id: true, name: true } },
} as const;

/** The claims of `ids` (one page) that have a figure, in the order of `ids`. */
async function readFigurePoints(ids: readonly number[]): Promise<FigurePoint[]> {
  if (ids.length === 0) return [];
  const rows = await db.claim.findMany({
    where: {
      id: { in: [...ids] },
      status: 'published',
      deletedAt: null,
      quantityUnit: { not: null },
      OR: [
        { quantityValue: { not: null } },
        { quantityMin: { not: null } },
        { quantityMax: { not: null } },
      ],
    },
    select: FIGURE_SELECT,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    const point = r ? figurePointOf({ ...r, date: figureDateOf(r) }) : null;
    return point ? [point] : [];
  });
}

/**
 * The figure set of points already read (a story's claims, read once for its timeline and its
 * chart): the unit list decides the series, at most `perChart` figures each, and the `maxUnits`
 * units with the most figures.
 */
export async function figureSetOf(
  points: readonly FigurePoint[],
  perChart = FIGURES_PER_CHART,
  maxUnits = Infinity,
): Promise<FigureSet> {
  const canonical = await loadUnitResolver();
  const all = groupFigureSeries(points, canonical, perChart);
  return {
    series: all.slice(0, maxUnits),
    scanCapped: false,
    perChart,
    unitsLeftOut: Math.max(0, all.length - maxUnits),
  };
}

/** The figures of these claims (a story's), published ones only, in the order given. */
export async function findFiguresForClaimIds(claimIds: readonly number[]): Promise<FigureSet> {
  const ids = [...new Set(claimIds)].slice(0, FIGURES_SCAN_LIMIT);
  const points: FigurePoint[] = [];
  for (let i = 0; i < ids.length; i += PAGE) {
    points.push(...(await readFigurePoints(ids.slice(i, i + PAGE))));
  }
  const canonical = await loadUnitResolver();
  return {
    series: groupFigureSeries(points, canonical),
    scanCapped: claimIds.length > FIGURES_SCAN_LIMIT,
  };
}

/**
 * The figures of a claim list state, as readers see that list (published claims only): the whole
 * list, in one statement per provider (SearchStore.findFigureRows), each unit as spelt capped
 * at the chart's cap in list order, so the chart keeps exactly the first FIGURES_PER_CHART of
 * each canonical unit and says how many there are in all.
 */
export async function findFiguresForList(query: ClaimListQuery): Promise<FigureSet> {
  const rows = await claimSearch().findFigureRows(query, FIGURES_PER_CHART);
  const totals = new Map<string, number>();
  const points = rows.flatMap((r) => {
    totals.set(r.unit, r.unitTotal);
    // Every row read is drawable (drawableFigureSql), so none is dropped here.
    const point = figurePointOf({
      id: r.id,
      title: r.title,
      statement: r.statement,
      date: r.date,
      quantityQualifier: r.qualifier,
      quantityValue: r.value,
      quantityMin: r.min,
      quantityMax: r.max,
      quantityUnit: r.unit,
      verdict: r.verdict,
      confidence: r.confidence,
      claimant: { id: r.claimantId, name: r.claimantName },
    });
    return point ? [point] : [];
  });
  const canonical = await loadUnitResolver();
  return {
    series: groupFigureSeries(points, canonical, FIGURES_PER_CHART, totals),
    scanCapped: false,
  };
}

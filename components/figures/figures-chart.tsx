import { VERDICT_BAR_CLASS } from '@/components/verdict-style';
import { formatQuantity } from '@/lib/domain/claims';
import { verdictInfo } from '@/lib/domain/verdicts';
import { formatDate } from '@/lib/format/dates';
import {
  dateOf,
  figureShape,
  layoutMarks,
  shapeValues,
  type ClaimantSymbol,
  type Mark,
} from '@/lib/figures/chart-marks';
import { timeScale, valueScale } from '@/lib/figures/chart-scale';
import type { FigureSeries } from '@/lib/figures/figure-types';
import { VERDICT_LETTER } from '@/lib/figures/verdict-letters';
import { ClaimantSymbolShape } from './claimant-symbol';

// The viewBox: the SVG scales with its column, so these are proportions, chosen so that on a
// 360 px phone (about 0.75×) the 14-unit labels are still ~10.5 px and four ticks never touch,
// and at its widest (max-w-xl, about 1.3×) they are ~18 px.
const W = 440;
const H = 260;
const FONT = 14;
const PLOT = { left: 56, right: W - 14, top: 16, bottom: H - 34 };
const R = 5;

/**
 * A coordinate to a tenth of a viewBox unit (under a pixel at any width): every coordinate is
 * sent twice per mark, and 70.9090909090909 is twelve characters more than 70.9.
 */
const tenth = (n: number) => Math.round(n * 10) / 10;

/** A mark's accessible name and tooltip: the claim, who said it, the figure, date and verdict. */
export function markName(mark: Mark): string {
  const p = mark.point;
  const figure = formatQuantity(p) ?? '';
  const date = formatDate(new Date(dateOf(p)));
  return `${p.label} — ${p.claimant.name}, ${figure}, ${date}. Verdict: ${verdictInfo(p.verdict).label}.`;
}

function MarkShape({ mark }: { mark: Mark }) {
  const { shape, x, y, y2, symbol } = mark;
  if (shape.kind === 'range' && y2 !== null) {
    const mid = (y + y2) / 2;
    return (
      <>
        <line x1={x} x2={x} y1={y} y2={y2} className="figure-bar" />
        <line x1={x - 5} x2={x + 5} y1={y} y2={y} className="figure-stem" />
        <line x1={x - 5} x2={x + 5} y1={y2} y2={y2} className="figure-stem" />
        <ClaimantSymbolShape symbol={symbol} x={x} y={mid} r={R} />
      </>
    );
  }
  if ((shape.kind === 'up_to' || shape.kind === 'at_least') && y2 !== null) {
    const dir = shape.kind === 'up_to' ? 1 : -1;
    return (
      <>
        <line x1={x} x2={x} y1={y} y2={y2} className="figure-stem" />
        <polygon
          points={`${x - 4},${y2 - dir * 6} ${x + 4},${y2 - dir * 6} ${x},${y2}`}
          className="figure-arrow"
        />
        <ClaimantSymbolShape symbol={symbol} x={x} y={y} r={R} />
      </>
    );
  }
  const hollow = shape.kind === 'point' && shape.approximate;
  return <ClaimantSymbolShape symbol={symbol} x={x} y={y} r={R} hollow={hollow} />;
}

/** The halo a focused (or hovered) mark shows: a box around the whole mark. */
function halo(mark: Mark) {
  const top = Math.min(mark.y, mark.y2 ?? mark.y) - R - 4;
  const bottom = Math.max(mark.y, mark.y2 ?? mark.y) + R + 4;
  return { x: mark.x - R - 4, y: top, width: 2 * R + 8 + 10, height: bottom - top };
}

/**
 * One series as a server-rendered SVG chart: time across, the figure up, a mark per claim
 * (chart-marks.ts), each a keyboard-focusable link to its claim named by the claim. The verdict
 * is a letter beside each mark as well as its colour. No client JavaScript.
 */
export function FiguresChart({
  series,
  symbols,
  labelId,
}: {
  series: FigureSeries;
  symbols: Map<number, ClaimantSymbol>;
  labelId: string;
}) {
  const shapes = series.points.flatMap((p) => {
    const s = figureShape(p);
    return s ? [s] : [];
  });
  const xScale = timeScale(series.points.map(dateOf), [PLOT.left + 8, PLOT.right - 12]);
  const yScale = valueScale(shapes.flatMap(shapeValues), [PLOT.bottom, PLOT.top]);
  const marks = layoutMarks(
    series.points,
    {
      x: xScale.at,
      y: yScale.at,
      top: PLOT.top,
      bottom: PLOT.bottom,
      arrow: 22,
      dodge: 16,
      left: PLOT.left + 8,
      right: PLOT.right - 12,
    },
    symbols,
  ).map((m) => ({ ...m, x: tenth(m.x), y: tenth(m.y), y2: m.y2 === null ? null : tenth(m.y2) }));

  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="block h-auto w-full max-w-xl font-sans"
      role="group"
      aria-labelledby={labelId}
    >
      <g aria-hidden="true">
        {yScale.ticks.map((t) => (
          <g key={t.value}>
            <line
              x1={PLOT.left}
              x2={PLOT.right}
              y1={yScale.at(t.value)}
              y2={yScale.at(t.value)}
              stroke="var(--figure-grid)"
              strokeWidth={t.value === 0 ? 1.5 : 1}
              strokeDasharray={t.value === 0 ? undefined : '3 3'}
            />
            <text
              x={PLOT.left - 6}
              y={yScale.at(t.value) + 4}
              textAnchor="end"
              fontSize={FONT}
              fill="var(--figure-axis)"
            >
              {t.label}
            </text>
          </g>
        ))}
        {xScale.ticks.map((t) => (
          <g key={t.value}>
            <line
              x1={xScale.at(t.value)}
              x2={xScale.at(t.value)}
              y1={PLOT.bottom}
              y2={PLOT.bottom + 5}
              stroke="var(--figure-axis)"
            />
            <text
              x={xScale.at(t.value)}
              y={PLOT.bottom + 20}
              textAnchor="middle"
              fontSize={FONT}
              fill="var(--figure-axis)"
            >
              {t.label}
            </text>
          </g>
        ))}
      </g>
      {marks.map((mark) => {
        const name = markName(mark);
        return (
          <a
            key={mark.point.claimId}
            href={`/claims/${mark.point.claimId}`}
            className={`figure-mark ${VERDICT_BAR_CLASS[mark.point.verdict]}`}
          >
            {/* The link's name and its tooltip both (an SVG element is named by its <title>):
                an aria-label beside it sent every name twice more per page. */}
            <title>{name}</title>
            <rect {...halo(mark)} rx={4} className="figure-halo" />
            <MarkShape mark={mark} />
            <text
              x={mark.x + R + 3}
              y={mark.y - R + 1}
              className="figure-letter"
              aria-hidden="true"
            >
              {VERDICT_LETTER[mark.point.verdict]}
            </text>
          </a>
        );
      })}
    </svg>
  );
}

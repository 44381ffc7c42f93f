import type { ClaimantSymbol } from '@/lib/figures/chart-marks';

/**
 * A claimant's mark shape at (x, y), `r` its half-size: filled, or hollow (page-coloured inside)
 * for an approximate figure. Used by the chart and, in a tiny SVG of its own, by the legend.
 */
export function ClaimantSymbolShape({
  symbol,
  x,
  y,
  r,
  hollow = false,
}: {
  symbol: ClaimantSymbol;
  x: number;
  y: number;
  r: number;
  hollow?: boolean;
}) {
  // Paint from app/globals.css: a chart holds up to 100 marks, each sent twice (HTML and React
  // payload), so one class instead of three attributes.
  const paint = { className: hollow ? 'figure-symbol figure-symbol-hollow' : 'figure-symbol' };
  const poly = (points: [number, number][]) => (
    <polygon
      points={points.map(([px, py]) => `${x + px * r},${y + py * r}`).join(' ')}
      {...paint}
    />
  );
  switch (symbol) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} {...paint} />;
    case 'square':
      return <rect x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} {...paint} />;
    case 'triangle':
      return poly([
        [0, -1.15],
        [1.05, 0.85],
        [-1.05, 0.85],
      ]);
    case 'diamond':
      return poly([
        [0, -1.2],
        [1.1, 0],
        [0, 1.2],
        [-1.1, 0],
      ]);
    case 'cross':
      return poly([
        [-0.35, -1],
        [0.35, -1],
        [0.35, -0.35],
        [1, -0.35],
        [1, 0.35],
        [0.35, 0.35],
        [0.35, 1],
        [-0.35, 1],
        [-0.35, 0.35],
        [-1, 0.35],
        [-1, -0.35],
        [-0.35, -0.35],
      ]);
    case 'star':
      return poly(
        Array.from({ length: 10 }, (_, i): [number, number] => {
          const radius = i % 2 === 0 ? 1.2 : 0.5;
          const angle = -Math.PI / 2 + (i * Math.PI) / 5;
          return [radius * Math.cos(angle), radius * Math.sin(angle)];
        }),
      );
  }
}

/** The symbol alone, as an inline image for legends. Decorative: the legend's text says it. */
export function SymbolSwatch({
  symbol,
  hollow = false,
}: {
  symbol: ClaimantSymbol;
  hollow?: boolean;
}) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      className="inline-block shrink-0"
    >
      <ClaimantSymbolShape symbol={symbol} x={8} y={8} r={5} hollow={hollow} />
    </svg>
  );
}

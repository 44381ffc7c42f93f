import { formatDate } from '@/lib/format/dates';
import { figureRows } from '@/lib/figures/figure-rows';
import type { FigureSeries } from '@/lib/figures/figure-types';

/**
 * The chart's numbers as a table: exactly its rows (figure-rows.ts, which the CSV writes too),
 * for screen readers, for copying, and for anyone who reads numbers better than marks. It
 * scrolls inside its own box on a phone, so the page never scrolls sideways.
 */
export function FiguresTable({ series }: { series: FigureSeries }) {
  const rows = figureRows(series);
  return (
    // Focusable, so keyboard users can scroll it sideways on a phone (axe: scrollable regions).
    <div
      className="mt-4 max-w-full overflow-x-auto"
      tabIndex={0}
      role="group"
      aria-label={`Figures in ${series.unitName}, as a table`}
    >
      {/* Cell borders and padding: .figures-table in globals.css, once, not on each cell. */}
      <table className="figures-table w-full border-collapse text-left font-sans text-sm">
        <caption className="mb-2 text-left font-semibold">
          Figures in {series.unitName}, as a table
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Claim</th>
            <th scope="col">Claimant</th>
            <th scope="col">Figure</th>
            <th scope="col">Verdict</th>
            <th scope="col">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.claimId} data-claim-id={r.claimId}>
              <td className="whitespace-nowrap tabular-nums">
                <time dateTime={r.date}>{formatDate(new Date(`${r.date}T00:00:00Z`))}</time>
              </td>
              <td>
                {/* A plain link: up to 500 next/link client boundaries would weigh on every render. */}
                <a href={`/claims/${r.claimId}`} className="underline">
                  {r.claim}
                </a>
              </td>
              <td>{r.claimant}</td>
              <td className="tabular-nums">{r.figure}</td>
              <td>{r.verdict}</td>
              <td>{r.confidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

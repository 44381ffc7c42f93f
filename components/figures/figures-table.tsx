import Link from 'next/link';
import { formatDate } from '@/lib/format/dates';
import { figureRows } from '@/lib/figures/figure-rows';
import type { FigureSeries } from '@/lib/figures/figure-types';

const cell = 'border-b border-stone-200 px-2 py-1.5 align-top dark:border-zinc-800';

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
      <table className="w-full border-collapse text-left font-sans text-sm">
        <caption className="mb-2 text-left font-semibold">
          Figures in {series.unitName}, as a table
        </caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              Date
            </th>
            <th scope="col" className={cell}>
              Claim
            </th>
            <th scope="col" className={cell}>
              Claimant
            </th>
            <th scope="col" className={cell}>
              Figure
            </th>
            <th scope="col" className={cell}>
              Verdict
            </th>
            <th scope="col" className={cell}>
              Confidence
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.claimId} data-claim-id={r.claimId}>
              <td className={`${cell} whitespace-nowrap tabular-nums`}>
                <time dateTime={r.date}>{formatDate(new Date(`${r.date}T00:00:00Z`))}</time>
              </td>
              <td className={cell}>
                <Link href={`/claims/${r.claimId}`} className="underline">
                  {r.claim}
                </Link>
              </td>
              <td className={cell}>{r.claimant}</td>
              <td className={`${cell} tabular-nums`}>{r.figure}</td>
              <td className={cell}>{r.verdict}</td>
              <td className={cell}>{r.confidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

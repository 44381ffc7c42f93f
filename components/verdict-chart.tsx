import Link from 'next/link';
import type { VerdictCount } from '@/lib/claims/types';
import { verdictInfo } from '@/lib/domain/verdicts';
import { filteredClaimsHref } from '@/lib/format/claim-list-href';
import { VerdictIcon } from './verdict-icon';
import { VERDICT_BAR_CLASS } from './verdict-style';

// A bar row's height; the link rows over the chart repeat it as `h-[50px]`.
const ROW = 50;
const BAR = 16;

/**
 * Published claims per verdict: a server-rendered SVG bar chart for the eye, then the same
 * numbers as a list of links for everyone. The chart is one image to assistive technology, so
 * links may not live inside it; each bar row is instead covered by a pointer-only link to the
 * same address as its list entry, hidden from assistive technology and the tab order.
 */
export function VerdictChart({ counts }: { counts: VerdictCount[] }) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  const height = counts.length * ROW;
  const summary = counts.map((c) => `${verdictInfo(c.verdict).label} ${c.count}`).join(', ');

  return (
    <div className="font-sans">
      <div className="relative max-w-2xl">
        <svg
          role="img"
          aria-label={`Bar chart of published claims by verdict: ${summary}.`}
          // No viewBox: positions are percentages, so the bars stretch with the column while the
          // labels keep their size and stay readable on a phone.
          width="100%"
          height={height}
          className="block overflow-visible"
        >
          {counts.map((c, i) => {
            const info = verdictInfo(c.verdict);
            const y = i * ROW;
            const percent = c.count === 0 ? 0 : Math.max(1, (c.count / max) * 100);
            return (
              <g key={c.verdict}>
                <text
                  x={0}
                  y={y + 18}
                  className="fill-stone-800 text-[15px] font-medium dark:fill-zinc-200"
                >
                  {info.label}
                </text>
                <text
                  x="100%"
                  y={y + 18}
                  textAnchor="end"
                  className="fill-stone-800 text-[15px] font-semibold tabular-nums dark:fill-zinc-200"
                >
                  {c.count}
                </text>
                <rect
                  x={0}
                  y={y + 26}
                  width="100%"
                  height={BAR}
                  rx={3}
                  className="fill-stone-200/70 dark:fill-zinc-800"
                />
                {percent > 0 ? (
                  <rect
                    x={0}
                    y={y + 26}
                    width={`${percent}%`}
                    height={BAR}
                    rx={3}
                    fill="currentColor"
                    className={VERDICT_BAR_CLASS[info.code]}
                  />
                ) : null}
              </g>
            );
          })}
        </svg>
        {/* Stacked rows of the chart's row height (ROW): classes, not style attributes, which
            the Content-Security-Policy does not allow. */}
        <div aria-hidden="true" className="absolute inset-0 flex flex-col">
          {counts.map((c) => (
            <a
              key={c.verdict}
              href={filteredClaimsHref({ verdicts: [c.verdict] })}
              tabIndex={-1}
              className="h-[50px] shrink-0 rounded-sm hover:bg-stone-900/5 dark:hover:bg-white/5"
            />
          ))}
        </div>
      </div>
      <ul
        aria-label="Published claims by verdict"
        className="mt-4 grid grid-cols-1 gap-x-6 text-base min-[420px]:grid-cols-2 sm:grid-cols-3"
      >
        {counts.map((c) => {
          const info = verdictInfo(c.verdict);
          return (
            <li key={c.verdict}>
              <Link
                href={filteredClaimsHref({ verdicts: [c.verdict] })}
                className="inline-flex min-h-10 items-center gap-2 text-blue-700 underline decoration-1 hover:decoration-2 dark:text-sky-300"
              >
                <VerdictIcon
                  verdict={info.code}
                  className={`size-4 shrink-0 ${VERDICT_BAR_CLASS[info.code]}`}
                />
                <span>
                  {info.label}: {c.count}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

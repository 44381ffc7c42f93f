import { claimantSymbols } from '@/lib/figures/chart-marks';
import { FIGURES_SCAN_LIMIT, type FigureSet } from '@/lib/figures/find-figures';
import { FIGURES_PER_CHART } from '@/lib/figures/figure-types';
import { FiguresChart } from './figures-chart';
import { FiguresLegend } from './figures-legend';
import { FiguresTable } from './figures-table';

const numberFormat = new Intl.NumberFormat('en-GB');

/**
 * Every series of a figure set: per unit a heading, the chart, its legend and its table; one
 * "Download as CSV" link for all of them. A claimant keeps one shape across the page's charts.
 */
export function FigureCharts({
  set,
  csvHref,
  headingLevel = 2,
  idPrefix = 'figures',
  allHref,
}: {
  set: FigureSet;
  csvHref: string;
  /** Where every figure of these claims is charted, offered when a chart is capped. */
  allHref?: string;
  headingLevel?: 2 | 3;
  idPrefix?: string;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const symbols = claimantSymbols(set.series.flatMap((s) => s.points));
  // A story page charts fewer figures than its CSV holds: the note must not promise the same rows.
  const leftOut = set.unitsLeftOut ?? 0;
  const shortened =
    leftOut > 0 ||
    ((set.perChart ?? FIGURES_PER_CHART) < FIGURES_PER_CHART &&
      set.series.some((s) => s.total > s.points.length));
  return (
    <div className="space-y-10">
      <p className="font-sans text-sm">
        <a href={csvHref} download className="font-semibold underline">
          Download as CSV
        </a>{' '}
        <span className="text-stone-700 dark:text-zinc-300">
          {shortened
            ? `(every figure of these claims, up to ${numberFormat.format(FIGURES_PER_CHART)} per unit)`
            : '(the rows of the tables below)'}
        </span>
      </p>
      {leftOut > 0 ? (
        <p className="font-sans text-sm">
          Figures in {numberFormat.format(leftOut)} more {leftOut === 1 ? 'unit' : 'units'} are not
          charted here
          {allHref ? (
            <>
              :{' '}
              <a href={allHref} className="underline">
                every unit as a figures list
              </a>
            </>
          ) : null}
          .
        </p>
      ) : null}
      {set.scanCapped ? (
        <p className="font-sans text-sm">
          This list is long: the figures come from its first{' '}
          {numberFormat.format(FIGURES_SCAN_LIMIT)} claims only, in the list’s order. Narrow the
          list with filters to see all of its figures.
        </p>
      ) : null}
      {set.series.map((series, i) => {
        const labelId = `${idPrefix}-${i}`;
        const capped = series.total > series.points.length;
        return (
          <section key={series.unitKey} aria-labelledby={labelId} className="min-w-0">
            <Heading id={labelId} className="font-serif text-2xl font-bold">
              Figures in {series.unitName}
              <span className="sr-only">, chart of {series.points.length} claims over time</span>
            </Heading>
            {capped ? (
              <p className="mt-1 font-sans text-sm font-semibold">
                Showing {numberFormat.format(series.points.length)} of{' '}
                {numberFormat.format(series.total)} figures in {series.unitName} (at most{' '}
                {numberFormat.format(set.perChart ?? FIGURES_PER_CHART)} per chart
                {allHref ? null : ')'}
                {allHref ? (
                  <>
                    ;{' '}
                    <a href={allHref} className="underline">
                      all of them as a figures list
                    </a>
                    )
                  </>
                ) : null}
                .
              </p>
            ) : null}
            <div className="mt-3">
              <FiguresChart series={series} symbols={symbols} labelId={labelId} />
              <FiguresLegend series={series} symbols={symbols} />
            </div>
            <FiguresTable series={series} />
          </section>
        );
      })}
    </div>
  );
}

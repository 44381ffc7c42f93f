/**
 * The figures chart's scales, pure: a time scale for the horizontal axis and a value scale with
 * "nice" ticks (1, 2, 2.5 or 5 times a power of ten) for the vertical one. Both map into pixel
 * ranges of the chart's viewBox; nothing here knows about SVG.
 */

export interface Tick {
  value: number;
  label: string;
}

export interface Scale {
  /** The domain the range spans, after padding and rounding to ticks. */
  domain: [number, number];
  ticks: Tick[];
  /** A domain value → a position in the range. */
  at(value: number): number;
}

const DAY = 24 * 60 * 60 * 1000;

function linear(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

const STEPS = [1, 2, 2.5, 5, 10];

/** The smallest nice step (1, 2, 2.5, 5 × 10^k) that covers `span` in at most `count` steps. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = STEPS.find((s) => s * power >= raw) ?? 10;
  return step * power;
}

const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** An axis label: 12,000 → "12k", 2.5 → "2.5", 1e15 → "1000T" (short enough for a phone). */
export function formatTickValue(value: number): string {
  return Math.abs(value) >= 10_000 ? compact.format(value) : plain.format(value);
}

/**
 * The value axis: always includes 0 (a figure's size is read against zero, so growth is not
 * exaggerated), up to the largest value rounded up to a nice tick; at most `count` + 1 ticks.
 * No values, or only zeros: 0 to 1. Negative values extend the axis below zero.
 */
export function valueScale(values: readonly number[], range: [number, number], count = 4): Scale {
  const finite = values.filter(Number.isFinite);
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  const step = niceStep(high - low || 1, count);
  const top = high === low ? step : Math.ceil(high / step) * step;
  const bottom = Math.floor(low / step) * step;
  const ticks: Tick[] = [];
  for (let i = 0; bottom + i * step <= top + step / 1e6 && i <= 2 * count + 2; i++) {
    // Multiplying (not adding) keeps 0.1 + 0.2 drift out of the labels.
    const value = bottom + i * step;
    ticks.push({ value, label: formatTickValue(value) });
  }
  const domain: [number, number] = [bottom, top];
  return { domain, ticks, at: linear(domain, range) };
}

const monthYear = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayMonth = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const yearOnly = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' });

/** Start of the UTC month `months` after the one holding `t`. */
function monthStart(t: number, months = 0): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

/**
 * Tick candidates for a time span: days, weeks, months, quarters, years — the first that puts
 * at most `count` ticks in the domain.
 */
function timeTicks(from: number, to: number, count: number): Tick[] {
  const span = to - from;
  for (const days of [1, 2, 7, 14]) {
    if (span / (days * DAY) <= count) {
      const first = Math.ceil(from / DAY) * DAY;
      const ticks: Tick[] = [];
      for (let t = first; t <= to; t += days * DAY) {
        ticks.push({ value: t, label: dayMonth.format(t) });
      }
      return ticks;
    }
  }
  for (const months of [1, 2, 3, 6, 12, 24, 60, 120, 240, 600]) {
    if (span / (months * 30.4 * DAY) <= count) {
      const ticks: Tick[] = [];
      let t = monthStart(from);
      if (t < from) t = monthStart(from, 1);
      // Align to the step (quarters start in Jan/Apr/Jul/Oct, years in January).
      while (new Date(t).getUTCMonth() % Math.min(months, 12) !== 0) t = monthStart(t, 1);
      for (; t <= to; t = monthStart(t, months)) {
        ticks.push({ value: t, label: months >= 12 ? yearOnly.format(t) : monthYear.format(t) });
      }
      return ticks;
    }
  }
  return [];
}

/**
 * The time axis over the points' dates (ms since the epoch), padded by 5% of the span (at least
 * two days) on each side so marks at the ends do not sit on the axis. One date, or all equal: 30 days either side.
 * No dates: the 30 days up to `now`.
 */
export function timeScale(
  dates: readonly number[],
  range: [number, number],
  count = 4,
  now = Date.now(),
): Scale {
  const finite = dates.filter(Number.isFinite);
  let from = finite.length ? Math.min(...finite) : now - 30 * DAY;
  let to = finite.length ? Math.max(...finite) : now;
  if (to - from < DAY) {
    from -= 30 * DAY;
    to += 30 * DAY;
  } else {
    // At least two days either side: marks days apart would otherwise sit on the axes.
    const pad = Math.max((to - from) * 0.05, 2 * DAY);
    from -= pad;
    to += pad;
  }
  const domain: [number, number] = [from, to];
  return { domain, ticks: timeTicks(from, to, count), at: linear(domain, range) };
}

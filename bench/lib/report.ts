/** Console and Markdown presentation of a bench run, and the machine it ran on. */
import os from 'node:os';
import type { HttpOutcome } from './http';
import type { RawResult } from './raw-sql';
import { ms } from './stats';

export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
}

export function machine(): Machine {
  return {
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
  };
}

export interface Target {
  description: string;
  /** null: not measured. */
  pass: boolean | null;
}

export interface ScenarioResult {
  key: `${'list' | 'search' | 'detail' | 'searchAtRate' | 'detailAtRate'}${'' | 'Rendered'}`;
  label: string;
  /** What is requested (a URL, or a pattern for the cycled detail pages). */
  request: string;
  http: HttpOutcome | null;
  raw: RawResult;
  /** HTTP p50 / raw SQL p50 (null when HTTP was not measured). */
  httpToSqlRatio: number | null;
  target: Target | null;
}

export function verdictOf(target: Target | null): string {
  if (!target) return '–';
  const mark = target.pass === null ? 'not measured' : target.pass ? 'PASS' : 'MISS';
  return `${mark} (${target.description})`;
}

type Align = 'left' | 'right';

function pad(cells: string[], widths: number[], align: Align[]): string {
  return cells
    .map((c, i) => (align[i] === 'left' ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
    .join('  ')
    .trimEnd();
}

/** A plain-text table for the terminal; by default the first column is text, the rest numbers. */
export function textTable(
  header: string[],
  rows: string[][],
  align: Align[] = header.map((_, i) => (i === 0 ? 'left' : 'right')),
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [
    pad(header, widths, align),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((r) => pad(r, widths, align)),
  ].join('\n');
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(header.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...rows.map(line),
  ].join('\n');
}

export function resultRows(scenarios: readonly ScenarioResult[]): {
  header: string[];
  rows: string[][];
} {
  const header = [
    'Scenario',
    'req/s',
    'p50 ms',
    'p90 ms',
    'p99 ms',
    'non-2xx',
    'SQL p50 ms',
    'SQL p99 ms',
    'HTTP/SQL p50',
    'Target',
  ];
  const rows = scenarios.map((s) => {
    const f = s.http?.figures;
    return [
      s.label,
      f ? f.requestsPerSecond.toFixed(0) : '–',
      f ? ms(f.latency.p50, 0) : '–',
      f ? ms(f.latency.p90, 0) : '–',
      f ? ms(f.latency.p99, 0) : '–',
      f ? String(f.non2xx) : '–',
      ms(s.raw.total.p50),
      ms(s.raw.total.p99),
      s.httpToSqlRatio === null ? '–' : `${s.httpToSqlRatio.toFixed(0)}×`,
      verdictOf(s.target),
    ];
  });
  return { header, rows };
}

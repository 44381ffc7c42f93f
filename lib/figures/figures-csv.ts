import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '@/lib/export/claim-record';
import { CSV_BOM } from '@/lib/export/csv-rows';
import { figureRows } from './figure-rows';
import type { FigureSeries } from './figure-types';

/**
 * The figures as CSV: exactly the rows of the figures tables (figure-rows.ts), every series one
 * after another, with a header. Same conventions as the claim export (lib/export/csv-rows.ts):
 * a byte order mark, CRLF records, a line break always quoted, and every text cell through the
 * export's formula escape, so a claimant named "=cmd" cannot run in a spreadsheet.
 */
export const FIGURES_CSV_COLUMNS = [
  'unit',
  'date',
  'claim_id',
  'claim_url',
  'claim',
  'claimant',
  'figure',
  'qualifier',
  'value',
  'min',
  'max',
  'unit_as_written',
  'verdict',
  'confidence',
] as const;

const number = (n: number | null) => (n === null ? '' : String(n));

export function figuresCsv(series: readonly FigureSeries[], claimUrl: (id: number) => string) {
  const rows = series.flatMap((s) =>
    figureRows(s).map((r) =>
      [
        r.unit,
        r.date,
        String(r.claimId),
        claimUrl(r.claimId),
        r.claim,
        r.claimant,
        r.figure,
        r.qualifier,
        // Numbers are written as numbers: a negative one must stay a number, not text.
        number(r.value),
        number(r.min),
        number(r.max),
        r.unitAsWritten,
        r.verdict,
        r.confidence,
      ].map((cell, i) => (i >= 8 && i <= 10 ? cell : neutraliseFormula(cell))),
    ),
  );
  return (
    CSV_BOM +
    stringify([[...FIGURES_CSV_COLUMNS], ...rows], {
      record_delimiter: 'windows',
      quoted_match: /[\r\n]/,
    })
  );
}

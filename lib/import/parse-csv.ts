import { parse, type CsvError } from 'csv-parse/sync';
import {
  CSV_COLUMNS,
  FORMULA_TRIGGERS,
  restoreNeutralisedFormula,
  type CsvColumn,
} from '@/lib/export/claim-record';
import {
  ROW_FIELDS,
  type ParsedFile,
  type RawCitation,
  type RawRow,
  type RowField,
} from './import-row';

/**
 * Reads a CSV in the export format (lib/export/claim-record.ts): RFC 4180 with a header row,
 * quoted cells that may hold line breaks. Whole-file refusals: malformed CSV, columns that are
 * missing, unknown or repeated, no claims, and formula cells.
 *
 * Formula cells. The export writes every cell that starts with = + - @ tab or CR behind an
 * apostrophe, and the import takes exactly that apostrophe off again. A cell that starts with one
 * of them WITHOUT the apostrophe was not written by the export: the file was made or re-saved
 * elsewhere, and a spreadsheet opening it would run the cell. That refuses the whole file, not
 * one row: what else that tool changed cannot be told from here, and a row-level error would
 * still import the rest of a file that carries a formula payload. Exception: a cell that is just
 * a signed number ("-3.5", "+12", "-12,000") is data: spreadsheets read it as a number, and a
 * negative quantity is legitimate.
 */
const SIGNED_NUMBER = /^[+-]?(\d[\d,]*(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
const FORMULAS_LISTED = 5;

/** Columns the import reads (every row field is a CSV column); the others (verdict_label,
 * quantity, the counts) are derived. */
const FIELD_COLUMNS = ROW_FIELDS satisfies readonly CsvColumn[];

interface CsvRecord {
  record: string[];
  info: { lines: number; empty_lines: number };
}

export function isFormulaCell(cell: string): boolean {
  return FORMULA_TRIGGERS.some((t) => cell.startsWith(t)) && !SIGNED_NUMBER.test(cell);
}

export function parseImportCsv(text: string): ParsedFile {
  let records: CsvRecord[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }) as unknown as CsvRecord[];
  } catch (error) {
    return { ok: false, format: 'csv', message: csvErrorMessage(error) };
  }
  const [header, ...data] = records;
  if (!header) return { ok: false, format: 'csv', message: 'The file is empty.' };

  const names = header.record.map((name) => name.trim());
  const problem = headerProblem(names);
  if (problem) return { ok: false, format: 'csv', ...problem };
  if (data.length === 0) {
    return { ok: false, format: 'csv', message: 'The file has a header row but no claims.' };
  }
  const index = new Map(names.map((name, i) => [name as CsvColumn, i]));

  const formulas: string[] = [];
  let formulaCount = 0;
  const rows: RawRow[] = [];
  let previousEnd = header.info.lines;
  let previousEmpty = header.info.empty_lines;
  data.forEach(({ record, info }, i) => {
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    const row = i + 1;
    const cell = (column: CsvColumn): string => {
      const raw = record[index.get(column)!] ?? '';
      if (isFormulaCell(raw)) {
        formulaCount++;
        if (formulas.length < FORMULAS_LISTED) {
          formulas.push(`Row ${row} (line ${line}), column “${column}”: ${preview(raw)}`);
        }
      }
      return restoreNeutralisedFormula(raw);
    };
    // Every cell is checked for formulas, derived columns too: they open in spreadsheets as well.
    const cells = Object.fromEntries(CSV_COLUMNS.map((c) => [c, cell(c)])) as Record<
      CsvColumn,
      string
    >;
    rows.push(toRawRow(row, line, cells));
  });

  if (formulaCount > 0) {
    const more =
      formulaCount > formulas.length ? [`… and ${formulaCount - formulas.length} more.`] : [];
    return {
      ok: false,
      format: 'csv',
      message: `The file has ${formulaCount === 1 ? 'a cell' : `${formulaCount} cells`} that a spreadsheet would run as a formula: ${formulaCount === 1 ? 'it starts' : 'they start'} with =, +, -, @, a tab or a carriage return without the apostrophe Claimtrack’s export puts in front. Nothing was imported. Remove the formulas, or put an apostrophe (') before text that really starts with one of these characters.`,
      details: [...formulas, ...more],
    };
  }
  return { ok: true, format: 'csv', rows };
}

function toRawRow(row: number, line: number, cells: Record<CsvColumn, string>): RawRow {
  const values = Object.fromEntries(FIELD_COLUMNS.map((c) => [c, cells[c]])) as Record<
    RowField,
    string
  >;
  const problems: RawRow['problems'] = [];
  const lines = (column: CsvColumn) => (cells[column] === '' ? [] : cells[column].split('\n'));
  const stances = lines('cited_stances');
  const titles = lines('cited_source_titles');
  // One line per citation, and a citation's source may have no URL: an empty cell is one empty
  // line when there are citations.
  const urls =
    stances.length > 0 ? cells.cited_source_urls.split('\n') : lines('cited_source_urls');
  if (titles.length !== stances.length || urls.length !== stances.length) {
    problems.push({
      field: 'cited_stances',
      message: `The cited_stances, cited_source_titles and cited_source_urls cells must have one line per citation (they have ${stances.length}, ${titles.length} and ${urls.length}).`,
    });
  }
  const citations: RawCitation[] =
    problems.length > 0
      ? []
      : stances.map((stance, i) => ({
          stance,
          quote: '',
          locator: '',
          source: { title: titles[i], url: urls[i], publisher: null, kind: null },
        }));
  return { row, line, format: 'csv', values, citations, history: null, problems };
}

function headerProblem(names: string[]): { message: string; details?: string[] } | null {
  const expected = new Set<string>(CSV_COLUMNS);
  const seen = new Set<string>();
  const repeated = names.filter((n) => (seen.has(n) ? true : (seen.add(n), false)));
  const missing = CSV_COLUMNS.filter((c) => !seen.has(c));
  const unknown = names.filter((n) => !expected.has(n));
  if (missing.length === 0 && unknown.length === 0 && repeated.length === 0) return null;
  const details: string[] = [];
  if (missing.length > 0) details.push(`Missing columns: ${missing.join(', ')}.`);
  if (unknown.length > 0) {
    details.push(
      `Columns not in the export format: ${unknown.map((n) => n || '(empty)').join(', ')}.`,
    );
  }
  if (repeated.length > 0) details.push(`Repeated columns: ${[...new Set(repeated)].join(', ')}.`);
  return {
    message: `The columns do not match Claimtrack’s CSV export. The first row must be its header row: ${CSV_COLUMNS.join(', ')}.`,
    details,
  };
}

function csvErrorMessage(error: unknown): string {
  const e = error as Partial<CsvError> & { message?: string };
  const at = typeof e.lines === 'number' ? ` (line ${e.lines})` : '';
  switch (e.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return `The CSV is malformed${at}: this row does not have as many cells as the header row. A cell with a comma or a line break must be in double quotes.`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return `The CSV is malformed${at}: a quoted cell is never closed (a double quote is missing).`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return `The CSV is malformed${at}: a double quote inside a cell must be written twice ("") and the cell put in double quotes.`;
    default:
      return `The CSV could not be read${at}: ${e.message ?? 'unknown error'}.`;
  }
}

function preview(cell: string): string {
  const flat = JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell);
  return flat;
}

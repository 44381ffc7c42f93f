import { parse, type CsvError } from 'csv-parse/sync';
import {
  CSV_COLUMNS,
  CSV_COLUMNS_ADDED,
  FORMULA_TRIGGERS,
  LINE_LIST_COLUMNS,
  restoreCsvCell,
  type CsvColumn,
} from '@/lib/export/claim-record';
import {
  JSON_ONLY_FIELDS,
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
 * Formula cells. The export writes every cell that starts with = + - @ tab or CR (after any
 * apostrophes) behind one more apostrophe, and the import takes exactly one off again
 * (lib/export/claim-record.ts, which also says why each line of the per-citation list cells
 * counts as a cell). A cell (or such a line) that starts with one of them WITHOUT the apostrophe
 * was not written by the export: the file was made or re-saved elsewhere, and a spreadsheet
 * opening it would run the cell. That refuses the whole file, not one row: what else that tool
 * changed cannot be told from here, and a row-level error would still import the rest of a file
 * that carries a formula payload. Exception: a cell that is just a signed number ("-3.5", "+12",
 * "-12,000") is data: spreadsheets read it as a number, and a negative quantity is legitimate.
 *
 * Earlier files. A file without the columns added in December 2026 (CSV_COLUMNS_ADDED) was
 * exported before them, under the earlier rule: one apostrophe before a trigger was added and
 * is taken off, list lines were not escaped. It is read by that rule, and the added fields are
 * left out (an update keeps the claim's context; a new claim has none).
 */
const SIGNED_NUMBER = /^[+-]?(\d[\d,]*(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
const FORMULAS_LISTED = 5;

type CsvField = Exclude<RowField, (typeof JSON_ONLY_FIELDS)[number]>;
const JSON_ONLY: ReadonlySet<RowField> = new Set(JSON_ONLY_FIELDS);

/** Columns the import reads (every row field but the JSON-only ones); the others
 * (verdict_label, quantity, the counts) are derived. */
const FIELD_COLUMNS = ROW_FIELDS.filter(
  (f): f is CsvField => !JSON_ONLY.has(f),
) satisfies readonly CsvColumn[];

const ADDED: ReadonlySet<string> = new Set(CSV_COLUMNS_ADDED);
const EARLIER_COLUMNS = CSV_COLUMNS.filter((c) => !ADDED.has(c));
const LINE_LISTS: ReadonlySet<string> = new Set(LINE_LIST_COLUMNS);
const TRIGGERS: ReadonlySet<string> = new Set(FORMULA_TRIGGERS);

/** The earlier rule: an apostrophe directly before a trigger is taken off. */
function restoreEarlierCell(cell: string): string {
  return cell.startsWith("'") && TRIGGERS.has(cell.charAt(1)) ? cell.slice(1) : cell;
}

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
  const earlier = CSV_COLUMNS_ADDED.every((c) => !names.includes(c));
  const problem = headerProblem(names, earlier ? EARLIER_COLUMNS : CSV_COLUMNS);
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
    const cell = (column: CsvColumn): string | undefined => {
      const at = index.get(column);
      if (at === undefined) return undefined;
      let raw = record[at] ?? '';
      // One value per line: a line break written as CRLF elsewhere is still one line break.
      if (LINE_LISTS.has(column)) raw = raw.replaceAll('\r\n', '\n');
      const units = LINE_LISTS.has(column) && !earlier ? raw.split('\n') : [raw];
      units.forEach((unit, i) => {
        if (!isFormulaCell(unit)) return;
        formulaCount++;
        if (formulas.length < FORMULAS_LISTED) {
          const part = units.length > 1 ? `, line ${i + 1} of the cell` : '';
          formulas.push(`Row ${row} (line ${line}), column “${column}”${part}: ${preview(unit)}`);
        }
      });
      return earlier ? restoreEarlierCell(raw) : restoreCsvCell(column, raw);
    };
    // Every cell is checked for formulas, derived columns too: they open in spreadsheets as well.
    const cells = Object.fromEntries(CSV_COLUMNS.map((c) => [c, cell(c)])) as Record<
      CsvColumn,
      string | undefined
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

function toRawRow(row: number, line: number, cells: Record<CsvColumn, string | undefined>): RawRow {
  const values: RawRow['values'] = Object.fromEntries(FIELD_COLUMNS.map((c) => [c, cells[c]]));
  const problems: RawRow['problems'] = [];
  const lines = (column: (typeof LINE_LIST_COLUMNS)[number]) =>
    cells[column] ? cells[column].split('\n') : [];
  const stances = lines('cited_stances');
  const titles = lines('cited_source_titles');
  // One line per citation, and a citation's source may have no URL: an empty cell is one empty
  // line when there are citations.
  const urls =
    stances.length > 0 ? (cells.cited_source_urls ?? '').split('\n') : lines('cited_source_urls');
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
  return { row, line, format: 'csv', values, citations, history: null, notImported: [], problems };
}

function headerProblem(
  names: string[],
  columns: readonly CsvColumn[],
): { message: string; details?: string[] } | null {
  const expected = new Set<string>(columns);
  const seen = new Set<string>();
  const repeated = names.filter((n) => (seen.has(n) ? true : (seen.add(n), false)));
  const missing = columns.filter((c) => !seen.has(c));
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

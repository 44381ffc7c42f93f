/**
 * One claim of an import file as read from it, before validation: the export format's fields
 * (lib/export/claim-record.ts) under one set of names for CSV and JSON, holding whatever the file
 * had. The CSV column names are the field names; messages use the file's own names (a CSV
 * column, or a JSON path such as `claimant.name`), so the editor can find the cell.
 */
export type ImportFormat = 'csv' | 'json';

export const ROW_FIELDS = [
  'id',
  'url',
  'status',
  'title',
  'statement',
  'claimant',
  'claimant_kind',
  'verdict',
  'confidence',
  'rationale',
  'tags',
  'place',
  'quantity_qualifier',
  'quantity_value',
  'quantity_min',
  'quantity_max',
  'quantity_unit',
  'first_appeared_date',
  'first_appeared_url',
  'first_appeared_note',
  'created_at',
  'updated_at',
  'published_at',
  'context',
  'claimant_description',
] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** Fields the CSV has no column for: a CSV row leaves them out (undefined). */
export const JSON_ONLY_FIELDS = ['claimant_description'] as const satisfies RowField[];

const JSON_PATHS: Record<RowField, string> = {
  id: 'id',
  url: 'url',
  status: 'status',
  title: 'title',
  statement: 'statement',
  claimant: 'claimant.name',
  claimant_kind: 'claimant.kind',
  verdict: 'verdict',
  confidence: 'confidence',
  rationale: 'rationale',
  tags: 'tags',
  place: 'place',
  quantity_qualifier: 'quantity.qualifier',
  quantity_value: 'quantity.value',
  quantity_min: 'quantity.min',
  quantity_max: 'quantity.max',
  quantity_unit: 'quantity.unit',
  first_appeared_date: 'firstAppeared.date',
  first_appeared_url: 'firstAppeared.url',
  first_appeared_note: 'firstAppeared.note',
  created_at: 'createdAt',
  updated_at: 'updatedAt',
  published_at: 'publishedAt',
  context: 'context',
  claimant_description: 'claimant.description',
};

/** A field as the file names it. */
export function fieldName(format: ImportFormat, field: RowField): string {
  return format === 'csv' ? field : JSON_PATHS[field];
}

export const SOURCE_KEYS = [
  'id',
  'title',
  'publisher',
  'kind',
  'url',
  'archiveUrl',
  'publishedAt',
] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];
export const CITATION_KEYS = ['stance', 'quote', 'locator'] as const;
export type CitationKey = (typeof CITATION_KEYS)[number];

const CSV_CITATION_COLUMNS: Partial<Record<CitationKey | `source.${SourceKey}`, string>> = {
  stance: 'cited_stances',
  'source.title': 'cited_source_titles',
  'source.url': 'cited_source_urls',
};

/** A citation's field as the file names it: `citations[2].source.title`, or a CSV line. */
export function citationFieldName(
  format: ImportFormat,
  index: number,
  key: CitationKey | `source.${SourceKey}`,
): string {
  if (format === 'json') return `citations[${index}].${key}`;
  return `${CSV_CITATION_COLUMNS[key] ?? key} (line ${index + 1} of the cell)`;
}

export interface RawSource {
  id?: unknown;
  title?: unknown;
  publisher?: unknown;
  kind?: unknown;
  url?: unknown;
  archiveUrl?: unknown;
  publishedAt?: unknown;
}

export interface RawCitation {
  stance?: unknown;
  quote?: unknown;
  locator?: unknown;
  source: RawSource;
}

export interface RawRevision {
  verdict?: unknown;
  confidence?: unknown;
  rationale?: unknown;
  overrideReason?: unknown;
  at?: unknown;
}

/** A problem with one row: the field as the file names it, and why. */
export interface RowError {
  field: string;
  message: string;
}

export interface RawRow {
  /** 1-based position among the file's claims. */
  row: number;
  /** CSV: the line the record starts on (a quoted cell may span lines). */
  line: number | null;
  format: ImportFormat;
  values: Partial<Record<RowField, unknown>>;
  citations: RawCitation[];
  /** JSON's verdictHistory, oldest first; null when the file has none (CSV). */
  history: RawRevision[] | null;
  /**
   * What the record holds that an import does not write (a JSON record's stories and links to
   * other claims: the desk's own grouping, made on this site), e.g. "2 stories"; the preview
   * says so for the row.
   */
  notImported: string[];
  /** Problems of shape found while reading (a list that is not a list, unknown keys). */
  problems: RowError[];
}

/** A whole-file refusal: nothing is previewed or written. */
export interface FileError {
  message: string;
  /** The offending places, when there are several (first few only). */
  details?: string[];
}

export type ParsedFile =
  | { ok: true; format: ImportFormat; rows: RawRow[] }
  | ({ ok: false; format: ImportFormat | null } & FileError);

/** "row 3 (line 4)" for CSV, "claim 3" for JSON: where to look in the file. */
export function rowLabel(row: Pick<RawRow, 'row' | 'line' | 'format'>): string {
  if (row.format === 'json') return `claim ${row.row}`;
  return row.line === null ? `row ${row.row}` : `row ${row.row} (line ${row.line})`;
}

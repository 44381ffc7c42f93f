import { stringify } from 'csv-stringify/sync';
import { formatQuantity } from '@/lib/domain/claims';
import { verdictInfo } from '@/lib/domain/verdicts';
import { CSV_COLUMNS, neutraliseCsvCell, type CsvColumn, type ExportedClaim } from './claim-record';

/**
 * The CSV export, RFC 4180: comma-separated, CRLF between records, a cell quoted when it holds
 * a comma, a quote or a line break (multi-value cells hold "\n"), UTF-8. The file starts with a
 * byte order mark: without it Excel reads UTF-8 as the local code page and garbles every
 * non-ASCII letter ("Kyiv" survives, "Київ" does not); LibreOffice and csv-parse (`bom: true`)
 * read it either way. Every cell goes through neutraliseCsvCell (claim-record.ts).
 */
export const CSV_BOM = '\uFEFF';

// csv-stringify quotes a cell holding a comma or a quote; with CRLF records it would leave a
// lone LF unquoted, so a line break always quotes.
const STRINGIFY_OPTIONS = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;

function csvLines(rows: string[][]): string {
  return rows.length === 0 ? '' : stringify(rows, STRINGIFY_OPTIONS);
}

const text = (value: string | number | null) => (value === null ? '' : String(value));

/** A record's cells, keyed by column (the contract's multi-value conventions). */
export function csvCells(claim: ExportedClaim): Record<CsvColumn, string> {
  const q = claim.quantity;
  const lines = (pick: (c: ExportedClaim['citations'][number]) => string) =>
    claim.citations.map(pick).join('\n');
  return {
    id: text(claim.id),
    url: claim.url,
    status: claim.status,
    title: text(claim.title),
    statement: claim.statement,
    claimant: claim.claimant.name,
    claimant_kind: claim.claimant.kind,
    verdict: claim.verdict,
    verdict_label: verdictInfo(claim.verdict).label,
    confidence: claim.confidence,
    rationale: claim.rationale,
    tags: claim.tags.join(', '),
    place: text(claim.place),
    quantity: q ? (formatQuantity(q) ?? '') : '',
    quantity_qualifier: q ? q.qualifier : '',
    quantity_value: text(q?.value ?? null),
    quantity_min: text(q?.min ?? null),
    quantity_max: text(q?.max ?? null),
    quantity_unit: text(q?.unit ?? null),
    first_appeared_date: text(claim.firstAppeared.date),
    first_appeared_url: text(claim.firstAppeared.url),
    first_appeared_note: claim.firstAppeared.note,
    supporting_sources: text(claim.counts.supports),
    contradicting_sources: text(claim.counts.contradicts),
    context_sources: text(claim.counts.context),
    cited_stances: lines((c) => c.stance),
    cited_source_titles: lines((c) => c.source.title),
    cited_source_urls: lines((c) => c.source.url ?? ''),
    created_at: claim.createdAt,
    updated_at: claim.updatedAt,
    published_at: text(claim.publishedAt),
    context: claim.context,
  };
}

/** The first bytes of every CSV file: the BOM and the header row. */
export const CSV_HEAD = CSV_BOM + csvLines([[...CSV_COLUMNS]]);

/** Records' CSV lines, CRLF-terminated, every cell formula-neutralised; no header. */
export function csvRecords(claims: readonly ExportedClaim[]): string {
  return csvLines(
    claims.map((claim) => {
      const cells = csvCells(claim);
      return CSV_COLUMNS.map((column) => neutraliseCsvCell(column, cells[column]));
    }),
  );
}

/** CSV text for a batch of records; the first batch of a file carries the BOM and the header. */
export function csvChunk(claims: readonly ExportedClaim[], first: boolean): string {
  return (first ? CSV_HEAD : '') + csvRecords(claims);
}

import { readVisibleClaimRecords } from '@/lib/search/sqlite-claim-records';
import { buildClaimReview, reviewSubjectOfRow } from './claim-review';
import { CSV_HEAD, csvRecords } from './csv-rows';
import type { ExportFormat } from './export-formats';
import { toExportRows, type ExportRow } from './export-rows';
import { jsonArrayEnd, jsonArrayItems, jsonArraySeparator } from './json-array';
import { Utf8Writer } from './utf8-writer';

/**
 * One page of an export, from ids to bytes, apart from what depends on its place in the file
 * (the CSV header, the JSON array's brackets and commas: exportPageStart, exportEnd). Pages are
 * rendered independently, possibly on several worker threads at once (export-workers.ts), and
 * joined in order by export-stream.ts. No server-only import: a worker thread runs this module.
 */
export interface ExportPageJob {
  databaseUrl: string;
  format: ExportFormat;
  /** In list order; already filtered by lib/search. */
  ids: readonly number[];
  includeDrafts: boolean;
}

/**
 * The page's rows serialised, as UTF-8 (no chunk when it writes nothing; see exportPageStart).
 * The same text as csvChunk and jsonArrayChunk give for the page.
 */
export function exportPageBody(format: ExportFormat, rows: readonly ExportRow[]): Uint8Array[] {
  const out = new Utf8Writer();
  if (format === 'csv') {
    out.write(csvRecords(rows.map((row) => row.record)));
    return out.chunks();
  }
  let first = true;
  for (const row of rows) {
    const item = format === 'json' ? row.record : buildClaimReview(reviewSubjectOfRow(row));
    if (item === null) continue;
    if (!first) out.write(',\n');
    out.write(jsonArrayItems([item]));
    first = false;
  }
  return out.chunks();
}

/**
 * What goes before a page that writes something: the file's start when it is the first such
 * page (`first`), else the separator after the previous one.
 */
export function exportPageStart(format: ExportFormat, first: boolean): string {
  if (format === 'csv') return first ? CSV_HEAD : '';
  return jsonArraySeparator(first);
}

/** The file's end; `wroteAny`: some page wrote something (a CSV of nothing is its header). */
export function exportEnd(format: ExportFormat, wroteAny: boolean): string {
  if (format === 'csv') return wroteAny ? '' : CSV_HEAD;
  return jsonArrayEnd(wroteAny);
}

/**
 * Reads and serialises a page: the visible claims of `ids` (a claim deleted or unpublished
 * since its id was read is left out), in their order.
 */
export function renderExportPage(job: ExportPageJob): Uint8Array[] {
  const read = readVisibleClaimRecords(job.databaseUrl, job.ids, {
    includeDrafts: job.includeDrafts,
  });
  return exportPageBody(job.format, toExportRows(job.ids, read));
}

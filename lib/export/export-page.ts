import { EDITOR_STATUSES, PUBLIC_STATUSES } from '@/lib/db/search-store';
import { readClaimRecordPage } from '@/lib/db/sqlite/search-records';
import { directConnection } from '@/lib/sqlite-direct';
import { buildClaimReview, reviewSubjectOfRow } from './claim-review';
import { CSV_HEAD } from './csv-rows';
import type { ExportFormat } from './export-formats';
import { toExportRows, type ExportRow } from './export-rows';
import { readStoredTexts, storeRenderedTexts, type RenderedText } from './export-text-store';
import { exportTextKey, renderClaimText } from './export-texts';
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

/** The page's ClaimReview objects, as UTF-8 (no chunk when it writes nothing). */
function claimReviewBody(rows: readonly ExportRow[]): Uint8Array[] {
  const out = new Utf8Writer();
  let first = true;
  for (const row of rows) {
    const item = buildClaimReview(reviewSubjectOfRow(row));
    if (item === null) continue;
    if (!first) out.write(jsonArraySeparator(false));
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

/** A page's bytes, and the texts rendered for it that were not stored. */
export interface RenderedPage {
  /** UTF-8 (no chunk when the page writes nothing; see exportPageStart). */
  chunks: Uint8Array[];
  /**
   * The claims whose stored text was missing, rendered from their records: the caller stores
   * them once the page is on its way (storeExportTexts), so the next export streams them.
   */
  rendered: RenderedText[];
}

/**
 * Reads and serialises a page: the visible claims of `ids` (a claim deleted or unpublished
 * since its id was read is left out), in their order. CSV and JSON stream each claim's stored
 * text (ClaimExportText); a claim without current text is read whole and rendered, in the same
 * read transaction, after its stamp was read (export-text-store.ts says why that order matters).
 * ClaimReview is always rendered from the records.
 */
export function renderExportPage(job: ExportPageJob): RenderedPage {
  const connection = directConnection(job.databaseUrl);
  const statuses = job.includeDrafts ? EDITOR_STATUSES : PUBLIC_STATUSES;
  if (job.format === 'claimreview') {
    const read = readClaimRecordPage(connection, job.ids, statuses);
    return { chunks: claimReviewBody(toExportRows(job.ids, read)), rendered: [] };
  }
  const format = job.format;
  const key = exportTextKey();
  return connection.read(() => {
    const stored = readStoredTexts(connection, job.ids, statuses, format, key);
    const stamps = new Map<number, number | null>();
    for (const [id, stamp, text] of stored) if (text === null) stamps.set(id, stamp);

    const fresh = new Map<number, string>();
    const rendered: RenderedText[] = [];
    if (stamps.size > 0) {
      const missing = [...stamps.keys()];
      const read = readClaimRecordPage(connection, missing, statuses);
      for (const { record } of toExportRows(missing, read)) {
        const text = renderClaimText(record, format);
        fresh.set(record.id, text);
        const stamp = stamps.get(record.id);
        // A claim without a row (its row removed by hand) is served, never stored: no trigger
        // would clear a text stored for it.
        if (stamp !== null && stamp !== undefined)
          rendered.push({ claimId: record.id, stamp, text });
      }
    }

    const out = new Utf8Writer();
    let first = true;
    for (const [id, , text] of stored) {
      const value = text ?? fresh.get(id);
      if (value === undefined) continue;
      if (!first && format === 'json') out.write(jsonArraySeparator(false));
      if (typeof value === 'string') out.write(value);
      else out.writeBytes(value);
      first = false;
    }
    return { chunks: out.chunks(), rendered };
  });
}

/**
 * Stores the texts a page rendered (RenderedPage.rendered) on this thread's connection. Never
 * fails the download: a text that could not be stored is rendered again next time.
 */
export function storeExportTexts(job: ExportPageJob, rendered: readonly RenderedText[]): void {
  if (rendered.length === 0 || job.format === 'claimreview') return;
  const connection = directConnection(job.databaseUrl);
  storeRenderedTexts(connection, job.format, rendered, exportTextKey()).catch((error: unknown) => {
    // The database file was removed or replaced since the page was read (tests delete theirs
    // while a store may still be queued): there is nothing left to store into.
    if ((error as { code?: unknown }).code === 'SQLITE_READONLY_DBMOVED') return;
    console.error("Storing claims' export text failed; it is rendered again next time.", error);
  });
}

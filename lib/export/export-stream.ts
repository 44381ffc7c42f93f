import 'server-only';
import { claimSearch } from '@/lib/search/claim-search';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import { buildClaimReview, reviewSubjectOfRow } from './claim-review';
import { csvChunk } from './csv-rows';
import type { ExportFormat } from './export-formats';
import { jsonArrayChunk, jsonArrayEnd } from './json-array';
import { loadExportRows, type ExportRow } from './load-export-rows';

/** Claims read, hydrated and written per step: a few hundred KB of output each. */
export const EXPORT_PAGE_SIZE = 500;

function serialise(format: ExportFormat, rows: ExportRow[], first: boolean): string {
  switch (format) {
    case 'csv':
      return csvChunk(
        rows.map((r) => r.record),
        first,
      );
    case 'json':
      return jsonArrayChunk(
        rows.map((r) => r.record),
        first,
      );
    case 'claimreview':
      return jsonArrayChunk(
        rows.flatMap((r) => buildClaimReview(reviewSubjectOfRow(r)) ?? []),
        first,
      );
  }
}

/**
 * The export as a byte stream, produced on demand: a page of ids is read (keyset, lib/search),
 * hydrated and serialised only when the client has taken the previous one, so a slow download
 * holds one page in memory, not the list. A failure half-way errors the stream, which aborts the
 * response: the client sees a failed download, never a silently truncated file.
 */
export function exportStream(
  query: ClaimListQuery,
  format: ExportFormat,
  options: { includeDrafts: boolean },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pages: AsyncGenerator<number[], void, undefined> | null = null;
  let first = true;
  // A client that goes away cancels the stream; a page being read then is dropped, not written.
  let cancelled = false;

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          pages ??= claimSearch().claimIdPages(query, {
            pageSize: EXPORT_PAGE_SIZE,
            includeDrafts: options.includeDrafts,
          });
          // A page can write nothing (ClaimReview skips Unverified claims): read on until
          // something is written or the list ends.
          for (;;) {
            const next = await pages.next();
            if (cancelled) return;
            if (next.done) {
              const end =
                format === 'csv' ? (first ? csvChunk([], true) : '') : jsonArrayEnd(!first);
              if (end) controller.enqueue(encoder.encode(end));
              controller.close();
              return;
            }
            const rows = await loadExportRows(next.value, options);
            if (cancelled) return;
            const chunk = serialise(format, rows, first);
            if (chunk) {
              first = false;
              controller.enqueue(encoder.encode(chunk));
              return;
            }
          }
        } catch (error) {
          if (cancelled) return;
          console.error('Claim export failed part-way; the download is aborted.', error);
          controller.error(error);
        }
      },
      async cancel() {
        cancelled = true;
        await pages?.return();
      },
    },
    // One page ahead of the client at most.
    { highWaterMark: 1 },
  );
}

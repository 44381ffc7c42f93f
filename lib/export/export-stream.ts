import 'server-only';
import { env } from '@/lib/env';
import { claimSearch } from '@/lib/search/claim-search';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import type { ExportFormat } from './export-formats';
import {
  exportEnd,
  exportPageStart,
  renderExportPage,
  storeExportTexts,
  type ExportPageJob,
} from './export-page';
import { EXPORT_THREADS, renderPageOnThreads } from './export-workers';

/** Claims read, hydrated and written per step: a few hundred KB of output each. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Bytes rendered ahead of the client (a page of JSON is ~1.5 MB, of CSV ~0.4 MB). Counted in
 * bytes, not chunks: with one chunk ahead, the next page was rendered only once the last was
 * nearly sent, so rendering and sending took turns instead of overlapping.
 */
export const EXPORT_AHEAD_BYTES = 2 * 1024 * 1024;

export interface ExportStreamOptions {
  includeDrafts: boolean;
  /**
   * Render pages on the worker threads (export-workers.ts; the default when the machine has
   * more than one core) or on this thread.
   */
  threads?: boolean;
}

/** The page's parts, each as UTF-8 chunks (none for a part that writes nothing). */
async function renderPage(job: ExportPageJob, threads: boolean): Promise<Uint8Array[][]> {
  if (threads) return renderPageOnThreads(job);
  const page = await renderExportPage(job);
  storeExportTexts(job, page.rendered);
  return [page.chunks];
}

const encoder = new TextEncoder();

/**
 * The export as a byte stream, produced on demand: a page of ids is read (keyset, lib/search)
 * and rendered while fewer than EXPORT_AHEAD_BYTES are waiting for the client, so a slow
 * download holds about that much in memory, not the list, and a fast one gets the next page
 * rendered while the last is still being sent. The page's parts are rendered at once on the worker
 * threads and written in order. A failure half-way errors the stream, which aborts the
 * response: the client sees a failed download, never a silently truncated file.
 */
export function exportStream(
  query: ClaimListQuery,
  format: ExportFormat,
  options: ExportStreamOptions,
): ReadableStream<Uint8Array> {
  const threads = options.threads ?? EXPORT_THREADS > 1;
  let pages: AsyncGenerator<number[], void, undefined> | null = null;
  /** The next page of ids, being read while the worker threads render the current one. */
  let ahead: Promise<IteratorResult<number[], void>> | null = null;
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
            const next = await (ahead ?? pages.next());
            ahead = null;
            if (cancelled) return;
            if (next.done) {
              const end = exportEnd(format, !first);
              if (end) controller.enqueue(encoder.encode(end));
              controller.close();
              return;
            }
            const rendering = renderPage(
              {
                databaseUrl: env.DATABASE_URL,
                format,
                ids: next.value,
                includeDrafts: options.includeDrafts,
              },
              threads,
            );
            // The keyset read (~1 ms a page, on this thread) overlaps the render. Awaited on
            // the next turn; a failure meanwhile must not count as an unhandled rejection.
            ahead = pages.next();
            ahead.catch(() => {});
            const parts = await rendering;
            if (cancelled) return;
            let wrote = false;
            for (const chunks of parts) {
              if (chunks.length === 0) continue;
              const start = exportPageStart(format, first);
              if (start) controller.enqueue(encoder.encode(start));
              for (const chunk of chunks) controller.enqueue(chunk);
              first = false;
              wrote = true;
            }
            if (wrote) return;
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
    { highWaterMark: EXPORT_AHEAD_BYTES, size: (chunk) => chunk.byteLength },
  );
}

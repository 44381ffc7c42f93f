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
 * Pages being rendered at once. The download waits on rendering, not on the client: with one
 * page at a time, a worker thread sat idle while the database read its part, and the database
 * while the thread copied the rows out (PostgreSQL: ~2.5 ms and ~1.5 ms of a JSON part). With
 * two, each thread has a second part to copy while the database reads the other.
 */
export const EXPORT_PAGES_IN_FLIGHT = 2;

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
 * The export as a byte stream, produced on demand: pages of ids are read (keyset, lib/search)
 * and rendered, EXPORT_PAGES_IN_FLIGHT at once, while fewer than EXPORT_AHEAD_BYTES are waiting
 * for the client, so a slow download holds about that much in memory, not the list. A page's
 * parts are rendered at once on the worker threads; pages and parts are written in order. A
 * failure half-way errors the stream, which aborts the response: the client sees a failed
 * download, never a silently truncated file.
 */
export function exportStream(
  query: ClaimListQuery,
  format: ExportFormat,
  options: ExportStreamOptions,
): ReadableStream<Uint8Array> {
  const threads = options.threads ?? EXPORT_THREADS > 1;
  let pages: AsyncGenerator<number[], void, undefined> | null = null;
  /** Pages being rendered, in list order; null: the list ended before that page. */
  const rendering: Promise<Uint8Array[][] | null>[] = [];
  let first = true;
  // A client that goes away cancels the stream; a page being read then is dropped, not written.
  let cancelled = false;

  /**
   * Starts the next page: its ids (the generator answers calls in the order they were made,
   * each read once the one before it is) and then its render.
   */
  function startPage(): void {
    pages ??= claimSearch().claimIdPages(query, {
      pageSize: EXPORT_PAGE_SIZE,
      includeDrafts: options.includeDrafts,
    });
    const page = pages.next().then((next) =>
      next.done || cancelled
        ? null
        : renderPage(
            {
              databaseUrl: env.DATABASE_URL,
              format,
              ids: next.value,
              includeDrafts: options.includeDrafts,
            },
            threads,
          ),
    );
    // Awaited in its turn; a failure meanwhile must not count as an unhandled rejection.
    page.catch(() => {});
    rendering.push(page);
  }

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          // A page can write nothing (ClaimReview skips Unverified claims): read on until
          // something is written or the list ends.
          for (;;) {
            while (rendering.length < EXPORT_PAGES_IN_FLIGHT) startPage();
            const parts = await rendering.shift()!;
            if (cancelled) return;
            if (parts === null) {
              const end = exportEnd(format, !first);
              if (end) controller.enqueue(encoder.encode(end));
              controller.close();
              return;
            }
            // The next page starts rendering before this one is written.
            startPage();
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
        // Queued behind the generator's pending reads; the renders in flight are dropped.
        await pages?.return();
      },
    },
    { highWaterMark: EXPORT_AHEAD_BYTES, size: (chunk) => chunk.byteLength },
  );
}

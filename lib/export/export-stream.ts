import 'server-only';
import { env } from '@/lib/env';
import { claimSearch } from '@/lib/search/claim-search';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import type { ExportFormat } from './export-formats';
import { exportEnd, exportPageStart, renderExportPage, type ExportPageJob } from './export-page';
import { EXPORT_THREADS, renderPageOnThreads } from './export-workers';

/** Claims read, hydrated and written per step: a few hundred KB of output each. */
export const EXPORT_PAGE_SIZE = 500;

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
  return threads ? renderPageOnThreads(job) : [renderExportPage(job)];
}

const encoder = new TextEncoder();

/**
 * The export as a byte stream, produced on demand: a page of ids is read (keyset, lib/search),
 * hydrated and serialised only when the client has taken the previous one, so a slow download
 * holds one page in memory, not the list. The page's parts are rendered at once on the worker
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
              const end = exportEnd(format, !first);
              if (end) controller.enqueue(encoder.encode(end));
              controller.close();
              return;
            }
            const parts = await renderPage(
              {
                databaseUrl: env.DATABASE_URL,
                format,
                ids: next.value,
                includeDrafts: options.includeDrafts,
              },
              threads,
            );
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
    // One page ahead of the client at most.
    { highWaterMark: 1 },
  );
}

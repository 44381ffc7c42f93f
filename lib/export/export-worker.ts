import { parentPort } from 'node:worker_threads';
import { closeThreadConnections } from '@/lib/db/close-thread-connections';
import { renderExportPage, storeExportTexts, type ExportPageJob } from './export-page';
import { closePageRecordReaders } from './page-records';

/**
 * A worker thread of the export (export-workers.ts): renders the pages it is sent on its own
 * database connections (SQLite: its own connection; PostgreSQL: its own small pool), and hands
 * back the bytes (transferred, not copied); then stores the claims' texts it had to render
 * (export-page.ts), off the download's path. Told to close, it closes its connections and
 * ends.
 */
export type ExportWorkerRequest = { id: number; job: ExportPageJob } | { close: true };

export type ExportWorkerReply =
  { id: number; chunks: Uint8Array[] } | { id: number; error: { message: string; stack?: string } };

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs as a worker thread only');

async function render(id: number, job: ExportPageJob): Promise<void> {
  let reply: ExportWorkerReply;
  let transfer: ArrayBuffer[] = [];
  let rendered: Awaited<ReturnType<typeof renderExportPage>>['rendered'] = [];
  try {
    const page = await renderExportPage(job);
    const chunks = page.chunks;
    rendered = page.rendered;
    reply = { id, chunks };
    // Each chunk has a buffer of its own (Utf8Writer).
    transfer = chunks.map((chunk) => chunk.buffer as ArrayBuffer);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id, error: { message: e.message, stack: e.stack } };
  }
  port!.postMessage(reply, transfer);
  storeExportTexts(job, rendered);
}

port.on('message', (request: ExportWorkerRequest) => {
  if ('close' in request) {
    // With the port closed and the pools ended, nothing keeps the thread's loop alive.
    void Promise.all([closePageRecordReaders(), closeThreadConnections()]).finally(() =>
      port.close(),
    );
    return;
  }
  void render(request.id, request.job);
});

import { parentPort } from 'node:worker_threads';
import { renderExportPage, storeExportTexts, type ExportPageJob } from './export-page';

/**
 * A worker thread of the export (export-workers.ts): renders the pages it is sent, one at a
 * time, on its own SQLite connection, and hands back the bytes (transferred, not copied); then
 * stores the claims' texts it had to render (export-page.ts), off the download's path.
 */
export interface ExportWorkerRequest {
  id: number;
  job: ExportPageJob;
}

export type ExportWorkerReply =
  { id: number; chunks: Uint8Array[] } | { id: number; error: { message: string; stack?: string } };

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs as a worker thread only');

port.on('message', ({ id, job }: ExportWorkerRequest) => {
  let reply: ExportWorkerReply;
  let transfer: ArrayBuffer[] = [];
  let rendered: ReturnType<typeof renderExportPage>['rendered'] = [];
  try {
    const page = renderExportPage(job);
    const chunks = page.chunks;
    rendered = page.rendered;
    reply = { id, chunks };
    // Each chunk has a buffer of its own (Utf8Writer).
    transfer = chunks.map((chunk) => chunk.buffer as ArrayBuffer);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id, error: { message: e.message, stack: e.stack } };
  }
  port.postMessage(reply, transfer);
  storeExportTexts(job, rendered);
});

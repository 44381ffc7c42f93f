import { parentPort } from 'node:worker_threads';
import { renderExportPage, type ExportPageJob } from './export-page';

/**
 * A worker thread of the export (export-workers.ts): renders the pages it is sent, one at a
 * time, on its own SQLite connection, and hands back the bytes (transferred, not copied).
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
  try {
    const chunks = renderExportPage(job);
    reply = { id, chunks };
    // Each chunk has a buffer of its own (Utf8Writer).
    transfer = chunks.map((chunk) => chunk.buffer as ArrayBuffer);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id, error: { message: e.message, stack: e.stack } };
  }
  port.postMessage(reply, transfer);
});

import 'server-only';
import { IMPORT_MAX_BYTES, IMPORT_TOO_LARGE_MESSAGE } from './import-limits';
import type {
  ImportFailure,
  ImportPhase,
  ImportStreamEvent,
  ProgressReporter,
} from './import-types';

/**
 * The HTTP side of the import's route handlers. The file is the raw request body
 * (application/octet-stream), not a multipart form: the proxy (proxy.ts) runs on form posts,
 * and Next.js buffers a body the proxy sees only up to 10 MB (proxyClientMaxBodySize), then
 * hands on the truncated rest without an error. A raw body never passes through the proxy, is
 * read here as a stream and refused as soon as it passes 50 MB.
 */

const NO_STORE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export function jsonFailure(status: number, message: string): Response {
  const body: ImportFailure = { ok: false, message };
  return Response.json(body, { status, headers: NO_STORE });
}

export type UploadBody = { ok: true; bytes: Uint8Array } | { ok: false; response: Response };

export async function readUploadBody(request: Request): Promise<UploadBody> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > IMPORT_MAX_BYTES) {
    return { ok: false, response: jsonFailure(413, IMPORT_TOO_LARGE_MESSAGE) };
  }
  if (!request.body) {
    return {
      ok: false,
      response: jsonFailure(400, 'No file was sent: choose a file or paste one.'),
    };
  }
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > IMPORT_MAX_BYTES) {
      await reader.cancel();
      return { ok: false, response: jsonFailure(413, IMPORT_TOO_LARGE_MESSAGE) };
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return { ok: true, bytes };
}

/** The file's name from `?name=`: only for telling CSV from JSON and for the audit log. */
export function uploadFileName(url: URL): string | null {
  const name = url.searchParams.get('name')?.trim() ?? '';
  return name === '' ? null : name.slice(0, 200);
}

const PROGRESS_INTERVAL_MS = 100;

/**
 * Runs `work` while streaming its progress as NDJSON lines, then one `result` line. A fault
 * (an exception that is not a refusal) is logged and answered as a result with a message: the
 * status line has gone out already, and the page must still say that nothing was imported.
 */
export function streamImport<R>(
  work: (progress: ProgressReporter) => Promise<R | ImportFailure>,
): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportStreamEvent<R>) =>
        controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      let last = 0;
      let lastPhase: ImportPhase | null = null;
      const progress: ProgressReporter = (phase, done, total) => {
        const now = Date.now();
        if (phase !== lastPhase || done >= total || now - last >= PROGRESS_INTERVAL_MS) {
          last = now;
          lastPhase = phase;
          send({ type: 'progress', phase, done, total });
        }
      };
      try {
        send({ type: 'result', result: await work(progress) });
      } catch (error) {
        console.error('Import failed:', error);
        send({
          type: 'result',
          result: {
            ok: false,
            message:
              'The import stopped because of a fault on the server; nothing was imported. Try again, and tell an admin if it happens again.',
          },
        });
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', ...NO_STORE },
  });
}

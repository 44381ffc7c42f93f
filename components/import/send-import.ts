import type { ImportFailure, ImportPhase, ImportStreamEvent } from '@/lib/import/import-types';

export interface ImportProgress {
  phase: ImportPhase | 'upload';
  done: number;
  total: number;
}

const NETWORK_FAILURE: ImportFailure = {
  ok: false,
  message: 'The connection to the server was lost; nothing was imported. Try again.',
};

/**
 * POSTs the file to an import route and follows its answer. XMLHttpRequest rather than fetch:
 * it reports upload progress (fetch cannot), and its responseText grows as the NDJSON progress
 * lines arrive, so each phase shows real counts.
 */
export function sendImport<R>(
  url: string,
  body: Blob,
  onProgress: (progress: ImportProgress) => void,
): Promise<R | ImportFailure> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    let result: R | ImportFailure | null = null;
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < read) return;
      for (const line of text.slice(read, end).split('\n')) {
        if (line.trim() === '') continue;
        const event = JSON.parse(line) as ImportStreamEvent<R>;
        if (event.type === 'progress') onProgress(event);
        else result = event.result;
      }
      read = end + 1;
    };
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => onProgress({ phase: 'upload', done: e.loaded, total: e.total });
    xhr.onprogress = () => {
      if (xhr.status === 200) readLines();
    };
    xhr.onload = () => {
      if (xhr.status !== 200) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportFailure);
        } catch {
          resolve({ ok: false, message: `The server refused the file (HTTP ${xhr.status}).` });
        }
        return;
      }
      readLines();
      resolve(result ?? NETWORK_FAILURE);
    };
    xhr.onerror = () => resolve(NETWORK_FAILURE);
    xhr.send(body);
  });
}

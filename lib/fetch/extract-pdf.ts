import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { ExtractedText } from './extract-html';

/**
 * A PDF's text through Mozilla's pdf.js (pure JavaScript, the engine Firefox renders PDFs
 * with). Loaded on first use: most cited pages are HTML, and pdf.js is large.
 */
async function loadPdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

export class PdfReadError extends Error {}

/** Reads page by page, so a time-out (`signal`) stops a long PDF between pages. */
export async function extractPdf(bytes: Uint8Array, signal?: AbortSignal): Promise<ExtractedText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    // A cited PDF is untrusted: no font code compiled with eval, nothing fetched.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw new PdfReadError(error instanceof Error ? error.message : String(error));
    });
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      signal?.throwIfAborted();
      // pdf.js runs in this thread (no worker in Node) and its steps chain as promises, which
      // would hold the event loop for the whole file; a turn per page lets requests through.
      await new Promise((resolve) => setImmediate(resolve));
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const piece = item as TextItem;
        text += piece.str + (piece.hasEOL ? '\n' : '');
      }
      pages.push(text.trim());
      page.cleanup();
    }
    const metadata = await pdf.getMetadata().catch(() => null);
    const info = (metadata?.info ?? {}) as { Title?: unknown };
    const title = typeof info.Title === 'string' ? info.Title.trim() : '';
    return { title, text: pages.filter(Boolean).join('\n\n') };
  } finally {
    await task.destroy();
  }
}

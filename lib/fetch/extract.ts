import { createHash } from 'node:crypto';
import type { PageKind } from './content-type';
import { decodeText } from './decode-text';
import { extractHtml, type ExtractedText } from './extract-html';
import { extractPdf } from './extract-pdf';

/** One place that turns a fetched body into the text the desk keeps and matches quotes in. */
export async function extractText(
  kind: PageKind,
  bytes: Uint8Array,
  charset: string | null,
  signal?: AbortSignal,
): Promise<ExtractedText> {
  switch (kind) {
    case 'html':
      return extractHtml(bytes, charset);
    case 'pdf':
      return extractPdf(bytes, signal);
    case 'text':
      return { title: '', text: decodeText(bytes, charset) };
  }
}

/** SHA-256 of the extracted text, hex: equal text, equal hash, whatever the markup did. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

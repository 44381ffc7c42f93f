import { createHash } from 'node:crypto';
import type { ContentType } from './content-type';
import { decodeText } from './decode-text';
import { extractHtml, type ExtractedText } from './extract-html';
import { extractPdf } from './extract-pdf';

/** One place that turns a fetched body into the text the desk keeps and matches quotes in. */
export async function extractText(
  type: ContentType,
  bytes: Uint8Array,
  url: string,
  signal?: AbortSignal,
): Promise<ExtractedText> {
  switch (type.kind) {
    case 'html':
      return extractHtml(bytes, type.header, url);
    case 'pdf':
      return extractPdf(bytes, signal);
    case 'text':
      return { title: '', text: decodeText(bytes, type.charset) };
    default:
      throw new Error(`${type.essence} is not a page we read`);
  }
}

/** SHA-256 of the extracted text, hex: equal text, equal hash, whatever the markup did. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

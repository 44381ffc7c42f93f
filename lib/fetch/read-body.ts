import { FetchRefusal } from './fetch-refusal';

const MB = 1024 * 1024;

export function sizeWords(bytes: number): string {
  return bytes >= MB
    ? `${(bytes / MB).toFixed(bytes % MB ? 1 : 0)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Reads a response body up to `maxBytes` (after any content decoding, so a compressed bomb is
 * stopped too) and stops reading the moment it passes: the rest is never downloaded.
 */
export async function readCapped(
  body: AsyncIterable<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Leaving the loop by throwing cancels the stream, which closes the connection.
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      throw new FetchRefusal('too_large', `the page is larger than ${sizeWords(maxBytes)}`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

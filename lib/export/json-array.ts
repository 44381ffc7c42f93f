import { JSON_EXPORT_INDENT } from './claim-record';

/**
 * A JSON array written a batch of elements at a time, byte for byte what
 * `JSON.stringify(all, null, 2) + "\n"` gives for the whole array (the export contract), so a
 * file streamed in pages equals one written at once.
 */

/** `first`: nothing written yet. */
export function jsonArrayChunk(items: readonly unknown[], first: boolean): string {
  if (items.length === 0) return '';
  // The batch as an array is "[\n" + its elements, indented and comma-separated as they are in
  // the whole array, + "\n]": one native pass, then the brackets are cut off.
  const batch = JSON.stringify(items, null, JSON_EXPORT_INDENT);
  return (first ? '[\n' : ',\n') + batch.slice(2, -2);
}

/** The end of the array: `[]` when nothing was written. */
export function jsonArrayEnd(wroteAny: boolean): string {
  return wroteAny ? '\n]\n' : '[]\n';
}

import { JSON_EXPORT_INDENT } from './claim-record';

/**
 * A JSON array written a batch of elements at a time, byte for byte what
 * `JSON.stringify(all, null, 2) + "\n"` gives for the whole array (the export contract), so a
 * file streamed in pages equals one written at once.
 */

/**
 * A batch's elements as they appear in the whole array, indented and comma-separated, without
 * what comes before the first (jsonArraySeparator); '' for none.
 */
export function jsonArrayItems(items: readonly unknown[]): string {
  if (items.length === 0) return '';
  // The batch as an array is "[\n" + its elements, indented and comma-separated as they are in
  // the whole array, + "\n]": one native pass, then the brackets are cut off.
  return JSON.stringify(items, null, JSON_EXPORT_INDENT).slice(2, -2);
}

/** What comes before a batch's elements: the array's start, or the comma after the last. */
export function jsonArraySeparator(first: boolean): string {
  return first ? '[\n' : ',\n';
}

/** `first`: nothing written yet. */
export function jsonArrayChunk(items: readonly unknown[], first: boolean): string {
  if (items.length === 0) return '';
  return jsonArraySeparator(first) + jsonArrayItems(items);
}

/** The end of the array: `[]` when nothing was written. */
export function jsonArrayEnd(wroteAny: boolean): string {
  return wroteAny ? '\n]\n' : '[]\n';
}

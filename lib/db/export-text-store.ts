import type { ClaimStatus } from '@/lib/domain/claims';

/**
 * Claims' stored export text (ClaimExportText, prisma/schema.prisma): each claim's CSV record and
 * JSON element as the exports write them (lib/export/export-texts.ts), kept so that an export of
 * unchanged claims streams stored text. Triggers of each provider's migrations add one to a
 * claim's `stamp` and clear its text in the transaction of any change to what its record holds;
 * texts are stored compare-and-set on that stamp, so a text rendered from an older state is
 * never stored. No server-only import: the export's worker threads open their own
 * (openExportTextStore).
 */

/** The two formats whose text is stored (ClaimReview is always rendered). */
export type StoredTextFormat = 'csv' | 'json';

/**
 * A visible claim of a page: its stamp (null without a row) and its text in the format asked
 * for (null: missing, or stored under another key). The text comes as the provider reads it
 * cheapest: UTF-8 bytes copied as they are (SQLite), or a string.
 */
export type StoredTextRow = [
  claimId: number,
  stamp: number | null,
  text: Uint8Array | string | null,
];

/** A claim's text rendered from its record, and the stamp read before the record was. */
export interface RenderedText {
  claimId: number;
  stamp: number;
  text: string;
}

export interface ExportTextStore {
  /**
   * The claims of `ids` that are visible (`statuses`, not deleted), in the order of `ids`, with
   * their stored text in `format` when it was stored under `key` (a text's format version and
   * site address).
   */
  readStoredTexts(
    ids: readonly number[],
    statuses: readonly ClaimStatus[],
    format: StoredTextFormat,
    key: string,
  ): Promise<StoredTextRow[]>;
  /**
   * Stores rendered texts under `key`, each only if its claim's stamp is still the one read
   * before its record was: a change committed since (a trigger moved the stamp) leaves the
   * text missing, to be rendered from the new state by the next export. The other format's
   * text is kept only if it was stored under the same key. Returns how many were stored.
   */
  storeRenderedTexts(
    format: StoredTextFormat,
    rendered: readonly RenderedText[],
    key: string,
  ): Promise<number>;
  /**
   * Clears every claim's stored text, not its stamp (nothing changed): the next export renders
   * every claim, as the first one after a bulk load does (the export bench's "first" runs).
   */
  clearStoredTexts(): Promise<void>;
}

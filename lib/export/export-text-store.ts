import type { ClaimStatus } from '@/lib/domain/claims';
import type { DirectConnection } from '@/lib/db/sqlite/direct-connection';
import type { StoredTextFormat } from './export-texts';

/**
 * Reads and writes of ClaimExportText (prisma/schema.prisma; triggers in its migration), on a
 * direct connection: the export's worker threads have no Prisma client. No server-only import.
 */

/**
 * A visible claim of a page: its stamp (null without a row) and its text as UTF-8 bytes (null:
 * missing). Read as a blob, the stored bytes are copied as they are; read as text,
 * better-sqlite3 would decode them into a JavaScript string that the export then encodes back
 * into the same bytes (~3 KB a claim in JSON).
 */
export type StoredTextRow = [claimId: number, stamp: number | null, text: Uint8Array | null];

/**
 * The claims of `ids` that are visible (`statuses`, not deleted), in the order of `ids`, with
 * their stored text in `format` when it was stored under `key`. CROSS JOIN keeps the page's
 * ids the outer loop (each claim found by its rowid) and NOT INDEXED keeps the planner off the
 * (status, deletedAt, …) indexes, which it would otherwise read whole.
 */
const storedTextsSql = (format: StoredTextFormat) =>
  `SELECT c."id", x."stamp", CAST(CASE WHEN x."key" = ? THEN x."${format}" END AS BLOB)
   FROM json_each(?) j
   CROSS JOIN "Claim" c NOT INDEXED ON c."id" = j.value
   LEFT JOIN "ClaimExportText" x ON x."claimId" = c."id"
   WHERE c."deletedAt" IS NULL AND c."status" IN (SELECT value FROM json_each(?))
   ORDER BY j.key`;

const STORED_TEXTS_SQL: Record<StoredTextFormat, string> = {
  csv: storedTextsSql('csv'),
  json: storedTextsSql('json'),
};

export function readStoredTexts(
  connection: DirectConnection,
  ids: readonly number[],
  statuses: readonly ClaimStatus[],
  format: StoredTextFormat,
  key: string,
): StoredTextRow[] {
  if (ids.length === 0) return [];
  return connection.allRows<StoredTextRow>({
    sql: STORED_TEXTS_SQL[format],
    values: [key, JSON.stringify(ids), JSON.stringify(statuses)],
  });
}

/** A claim's text rendered from its record, and the stamp read before the record was. */
export interface RenderedText {
  claimId: number;
  stamp: number;
  text: string;
}

/**
 * A format's text is stored on its own: an export renders only the format it writes (reading a
 * claim whole costs the same either way; serialising and storing the other format would not
 * be free). The other format's text is kept only if it was stored under the same key: all the
 * row's texts are of its one key. (An UPDATE's expressions all see the row as it was.)
 */
const storeSql = (format: StoredTextFormat, other: StoredTextFormat) =>
  `UPDATE "ClaimExportText"
   SET "${format}" = ?, "${other}" = CASE WHEN "key" = ? THEN "${other}" END, "key" = ?
   WHERE "claimId" = ? AND "stamp" = ?`;

const STORE_SQL: Record<StoredTextFormat, string> = {
  csv: storeSql('csv', 'json'),
  json: storeSql('json', 'csv'),
};

/**
 * Stores rendered texts under `key`, each only if its claim's stamp is still the one read before
 * its record was: a change committed since (a trigger moved the stamp) leaves the text missing,
 * to be rendered from the new state by the next export. One write transaction; returns how many
 * were stored.
 */
export async function storeRenderedTexts(
  connection: DirectConnection,
  format: StoredTextFormat,
  rendered: readonly RenderedText[],
  key: string,
): Promise<number> {
  if (rendered.length === 0) return 0;
  const sql = STORE_SQL[format];
  return connection.write(() => {
    let stored = 0;
    for (const t of rendered) {
      stored += connection.run({ sql, values: [t.text, key, key, t.claimId, t.stamp] }).changes;
    }
    return stored;
  });
}

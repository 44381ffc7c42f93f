import type { ClaimStatus } from '@/lib/domain/claims';
import { directConnection, type DirectConnection } from '@/lib/db/sqlite/direct-connection';
import type {
  ExportTextStore,
  RenderedText,
  StoredTextFormat,
  StoredTextRow,
} from '../export-text-store';

/**
 * ClaimExportText on SQLite (triggers: prisma/migrations/…_claim_export_text), on this thread's
 * direct connection: the export's worker threads have no Prisma client.
 */

/**
 * The text is read as a blob: the stored UTF-8 bytes are copied as they are. Read as text,
 * better-sqlite3 would decode them into a JavaScript string that the export then encodes back
 * into the same bytes (~3 KB a claim in JSON). CROSS JOIN keeps the page's ids the outer loop
 * (each claim found by its rowid) and NOT INDEXED keeps the planner off the (status,
 * deletedAt, …) indexes, which it would otherwise read whole.
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

/**
 * A format's text is stored on its own: an export renders only the format it writes. The
 * other format's text is kept only if it was stored under the same key: all the row's texts
 * are of its one key. (An UPDATE's expressions all see the row as it was.)
 */
const storeSql = (format: StoredTextFormat, other: StoredTextFormat) =>
  `UPDATE "ClaimExportText"
   SET "${format}" = ?, "${other}" = CASE WHEN "key" = ? THEN "${other}" END, "key" = ?
   WHERE "claimId" = ? AND "stamp" = ?`;

const STORE_SQL: Record<StoredTextFormat, string> = {
  csv: storeSql('csv', 'json'),
  json: storeSql('json', 'csv'),
};

class SqliteExportTexts implements ExportTextStore {
  readonly #url: string;

  constructor(url: string) {
    this.#url = url;
  }

  get #connection(): DirectConnection {
    return directConnection(this.#url);
  }

  async readStoredTexts(
    ids: readonly number[],
    statuses: readonly ClaimStatus[],
    format: StoredTextFormat,
    key: string,
  ): Promise<StoredTextRow[]> {
    if (ids.length === 0) return [];
    return this.#connection.allRows<StoredTextRow>({
      sql: STORED_TEXTS_SQL[format],
      values: [key, JSON.stringify(ids), JSON.stringify(statuses)],
    });
  }

  async storeRenderedTexts(
    format: StoredTextFormat,
    rendered: readonly RenderedText[],
    key: string,
  ): Promise<number> {
    if (rendered.length === 0) return 0;
    const connection = this.#connection;
    const sql = STORE_SQL[format];
    try {
      return await connection.write(() => {
        let stored = 0;
        for (const t of rendered) {
          stored += connection.run({ sql, values: [t.text, key, key, t.claimId, t.stamp] }).changes;
        }
        return stored;
      });
    } catch (error) {
      // The database file was removed or replaced since the page was read (tests delete
      // theirs while a store may still be queued): there is nothing left to store into.
      if ((error as { code?: unknown }).code === 'SQLITE_READONLY_DBMOVED') return 0;
      throw error;
    }
  }

  async clearStoredTexts(): Promise<void> {
    const connection = this.#connection;
    await connection.write(() =>
      connection.run({
        sql: `UPDATE "ClaimExportText" SET "key" = NULL, "csv" = NULL, "json" = NULL`,
        values: [],
      }),
    );
  }
}

/** The stored export text of the SQLite database at `url` (its connection opened on first use). */
export function sqliteExportTexts(url: string): ExportTextStore {
  return new SqliteExportTexts(url);
}

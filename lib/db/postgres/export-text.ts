import type { ClaimStatus } from '@/lib/domain/claims';
import type {
  ExportTextStore,
  RenderedText,
  StoredTextFormat,
  StoredTextRow,
} from '../export-text-store';
import { postgresPool } from './connect';

/**
 * ClaimExportText on PostgreSQL (triggers: prisma/postgres/migrations/…_claim_export_text), on
 * this thread's pool: the process's shared one, or an export worker thread's own small one
 * (connect.ts). Statements are named, so each connection plans them once.
 */

/** The page's ids as an array parameter, kept in their order by the ordinality. */
const storedTextsSql = (format: StoredTextFormat) =>
  `SELECT c."id", x."stamp", CASE WHEN x."key" = $1 THEN x."${format}" END
   FROM unnest($2::int[]) WITH ORDINALITY AS j(id, n)
   JOIN "Claim" c ON c."id" = j.id
   LEFT JOIN "ClaimExportText" x ON x."claimId" = c."id"
   WHERE c."deletedAt" IS NULL AND c."status" = ANY($3::text[])
   ORDER BY j.n`;

/**
 * One statement for the whole batch. The other format's text is kept only if it was stored
 * under the same key (SET's expressions all see the row as it was). Under READ COMMITTED an
 * UPDATE that meets a row a concurrent transaction changed re-checks the WHERE on the row as
 * committed: a stamp moved meanwhile is seen, and the text is not stored.
 */
const storeSql = (format: StoredTextFormat, other: StoredTextFormat) =>
  `UPDATE "ClaimExportText" x
   SET "${format}" = t.text, "${other}" = CASE WHEN x."key" = $1 THEN x."${other}" END, "key" = $1
   FROM unnest($2::int[], $3::int[], $4::text[]) AS t(id, stamp, text)
   WHERE x."claimId" = t.id AND x."stamp" = t.stamp`;

const STATEMENTS = {
  csv: { read: storedTextsSql('csv'), store: storeSql('csv', 'json') },
  json: { read: storedTextsSql('json'), store: storeSql('json', 'csv') },
} satisfies Record<StoredTextFormat, { read: string; store: string }>;

/** A store lost to a deadlock (40P01) or a serialization failure is given up, not retried. */
const GIVE_UP = new Set(['40P01', '40001']);

class PostgresExportTexts implements ExportTextStore {
  readonly #url: string;

  constructor(url: string) {
    this.#url = url;
  }

  async readStoredTexts(
    ids: readonly number[],
    statuses: readonly ClaimStatus[],
    format: StoredTextFormat,
    key: string,
  ): Promise<StoredTextRow[]> {
    if (ids.length === 0) return [];
    const result = await postgresPool(this.#url).query<StoredTextRow>({
      name: `export-texts-read-${format}`,
      text: STATEMENTS[format].read,
      values: [key, ids, statuses],
      rowMode: 'array',
    });
    return result.rows;
  }

  async storeRenderedTexts(
    format: StoredTextFormat,
    rendered: readonly RenderedText[],
    key: string,
  ): Promise<number> {
    if (rendered.length === 0) return 0;
    // In claim order: two exports storing the same claims lock their rows in the same order.
    const sorted = [...rendered].sort((a, b) => a.claimId - b.claimId);
    try {
      const result = await postgresPool(this.#url).query({
        name: `export-texts-store-${format}`,
        text: STATEMENTS[format].store,
        values: [
          key,
          sorted.map((t) => t.claimId),
          sorted.map((t) => t.stamp),
          sorted.map((t) => t.text),
        ],
      });
      return result.rowCount ?? 0;
    } catch (error) {
      // Another transaction held some of the rows (an edit's triggers, another export's
      // store): these texts are rendered again next time.
      if (GIVE_UP.has((error as { code?: string }).code ?? '')) return 0;
      throw error;
    }
  }

  async clearStoredTexts(): Promise<void> {
    await postgresPool(this.#url).query(
      `UPDATE "ClaimExportText" SET "key" = NULL, "csv" = NULL, "json" = NULL
       WHERE "key" IS NOT NULL OR "csv" IS NOT NULL OR "json" IS NOT NULL`,
    );
  }
}

/** The stored export text of the PostgreSQL database at `url`. */
export function postgresExportTexts(url: string): ExportTextStore {
  return new PostgresExportTexts(url);
}

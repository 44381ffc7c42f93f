import type { StoredTextFormat } from '@/lib/db/export-text-store';
import { siteOrigin } from '@/lib/site';
import type { ExportedClaim } from './claim-record';
import { csvRecords } from './csv-rows';
import { jsonArrayItems } from './json-array';

/**
 * A claim's export text: its CSV record or its JSON element exactly as the CSV and JSON exports
 * write them, kept in ClaimExportText (prisma/schema.prisma) so that an export of unchanged
 * claims streams stored text (lib/db/export-text-store.ts).
 *
 * - csv: the claim's CSV record, every cell formula-neutralised, CRLF-terminated;
 * - json: the claim's element of the JSON export's array, indented as it is there, no comma.
 */
export type { StoredTextFormat } from '@/lib/db/export-text-store';

/**
 * The version of the text's shape. Bump it whenever a change to the export's code changes
 * what a claim's text is (a column, a label, a quantity's wording, the JSON's keys): text
 * stored under another version is not served, and is rendered anew. The unit test
 * export-texts.test.ts fails on such a change until this is bumped.
 */
export const EXPORT_TEXT_VERSION = 4;

/**
 * What stored text is valid for: the shape's version and the site's address (claims' URLs are
 * absolute, lib/site.ts). A text stored under another key is treated as missing.
 */
export function exportTextKey(): string {
  return `${EXPORT_TEXT_VERSION} ${siteOrigin}`;
}

/** `record` with its URL and tag order set (export-rows.ts). */
export function renderClaimText(record: ExportedClaim, format: StoredTextFormat): string {
  return format === 'csv' ? csvRecords([record]) : jsonArrayItems([record]);
}

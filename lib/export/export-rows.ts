import type { ClaimRecord } from '@/lib/search/claim-search';
import { claimUrl } from '@/lib/site';
import type { ExportedClaim } from './claim-record';

/** A claim in the export format, with its publication date as ClaimReview takes it. */
export interface ExportRow {
  record: ExportedClaim;
  /** record.publishedAt as a Date (null: never published). */
  publishedAt: Date | null;
}

const tagOrder = new Intl.Collator('en');

/**
 * Records read for a page of ids (lib/search, only the visible ones, in no order) as export
 * rows in the order of `ids`, with what the database does not hold: the claim's absolute URL
 * and its tags in alphabetical order. No server-only import: the export's worker threads call it.
 */
export function toExportRows(ids: readonly number[], read: readonly ClaimRecord[]): ExportRow[] {
  const byId = new Map(read.map((r) => [r.id, r]));
  const rows: ExportRow[] = [];
  for (const id of ids) {
    const found = byId.get(id);
    if (!found) continue;
    const { record } = found;
    record.url = claimUrl(record.id);
    if (record.tags.length > 1) record.tags.sort(tagOrder.compare);
    rows.push({ record, publishedAt: record.publishedAt ? new Date(record.publishedAt) : null });
  }
  return rows;
}

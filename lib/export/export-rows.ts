import type { ClaimRecord } from '@/lib/search/claim-search';
import { claimUrl } from '@/lib/site';
import type { ExportedClaim } from './claim-record';

/** A claim in the export format, plus what ClaimReview needs and the record does not carry. */
export interface ExportRow {
  record: ExportedClaim;
  /** When the desk published the claim (null: a draft). */
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
    rows.push({ record, publishedAt: found.publishedAt ? new Date(found.publishedAt) : null });
  }
  return rows;
}

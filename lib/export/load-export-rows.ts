import 'server-only';
import type { Stance } from '@/lib/domain/evidence';
import { claimSearch } from '@/lib/search/claim-search';
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
 * Hydrates a page of claim ids (from lib/search, already filtered) into export rows, in the
 * order of `ids`: one statement for the page (lib/search/sqlite-claim-record-sql.ts). Visibility
 * is checked again there: a claim deleted or unpublished since its id was read is left out.
 */
export async function loadExportRows(
  ids: readonly number[],
  options: { includeDrafts?: boolean } = {},
): Promise<ExportRow[]> {
  const texts = await claimSearch().readClaimRecords(ids, options);
  const byId = new Map(texts.map((t) => [t.id, t]));
  const rows: ExportRow[] = [];
  for (const id of ids) {
    const text = byId.get(id);
    if (!text) continue;
    const record = JSON.parse(text.record) as ExportedClaim;
    // Filled in place, so the keys keep the contract's order.
    record.url = claimUrl(record.id);
    const count = (stance: Stance) => record.citations.filter((c) => c.stance === stance).length;
    record.counts = {
      supports: count('supports'),
      contradicts: count('contradicts'),
      context: count('context'),
    };
    record.tags.sort(tagOrder.compare);
    rows.push({ record, publishedAt: text.publishedAt ? new Date(text.publishedAt) : null });
  }
  return rows;
}

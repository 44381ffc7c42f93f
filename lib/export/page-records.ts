import type { ClaimStatus } from '@/lib/domain/claims';
import type { ClaimRecord } from '@/lib/search/claim-search';
import { readClaimRecordPage } from '@/lib/search/sqlite-claim-records';
import { directConnection } from '@/lib/sqlite-direct';

/**
 * The export records of a page of ids on this thread's own connection to the database at
 * `url` (lib/search reads them): only the visible claims, in no order. No server-only import:
 * the export's worker threads call it.
 */
export async function readPageRecords(
  url: string,
  ids: readonly number[],
  statuses: readonly ClaimStatus[],
): Promise<ClaimRecord[]> {
  return readClaimRecordPage(directConnection(url), ids, statuses);
}

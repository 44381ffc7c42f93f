import 'server-only';
import { claimSearch } from '@/lib/search/claim-search';
import { toExportRows, type ExportRow } from './export-rows';

export type { ExportRow } from './export-rows';

/**
 * Hydrates a page of claim ids (from lib/search, already filtered) into export rows, in the
 * order of `ids`: one read of the page (lib/db/sqlite/search-records.ts). Visibility is
 * checked again there: a claim deleted or unpublished since its id was read is left out.
 */
export async function loadExportRows(
  ids: readonly number[],
  options: { includeDrafts?: boolean } = {},
): Promise<ExportRow[]> {
  return toExportRows(ids, await claimSearch().readClaimRecords(ids, options));
}

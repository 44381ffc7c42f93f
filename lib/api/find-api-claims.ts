import 'server-only';
import { loadExportRows } from '@/lib/export/load-export-rows';
import { claimSearch, KeysetMismatchError } from '@/lib/search/claim-search';
import { parseClaimListQuery, type ClaimSort } from '@/lib/validation/claim-list-query';
import { ApiRequestError } from './api-error';
import { BAD_CURSOR, decodeCursor, encodeCursor } from './cursor';
import { parseLimit } from './limit';
import type { ApiClaimList } from './schemas';

/**
 * `GET /api/claims`: the published claim list with exactly the filters of `/claims` (same
 * tolerant parser: a bad filter value falls back, as on the page), a page at a time by keyset
 * cursor. Bad `limit` or `cursor` values are the caller's mistake and get a 400.
 */
export async function findApiClaims(params: URLSearchParams): Promise<ApiClaimList> {
  const query = parseClaimListQuery(params);
  const limit = parseLimit(params.get('limit'));
  const position = decodeCursor(params.get('cursor'));
  // A cursor of another sort (or a made-up one) is refused by the search layer.
  const after = position ? { sort: position.s as ClaimSort, values: position.v } : null;

  let page;
  try {
    page = await claimSearch().findClaimIdsAfter(query, { after, limit });
  } catch (error) {
    if (error instanceof KeysetMismatchError) throw new ApiRequestError(400, BAD_CURSOR);
    throw error;
  }
  const [rows, total] = await Promise.all([
    loadExportRows(page.ids),
    after ? undefined : claimSearch().countClaims(query),
  ]);
  return {
    items: rows.map((r) => r.record),
    nextCursor: page.next ? encodeCursor({ s: page.next.sort, v: [...page.next.values] }) : null,
    ...(total === undefined ? {} : { total }),
  };
}

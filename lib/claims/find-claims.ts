import 'server-only';
import { store } from '@/lib/db/store';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { claimSearch, visibilityOf } from '@/lib/search/claim-search';
import { searchTerms } from '@/lib/search/fts-query';
import { searchMatchOf } from '@/lib/search/search-matches';
import { suggestSearch } from '@/lib/search/suggest-search';
import { claimSuggestTarget } from '@/lib/search/suggest-targets';
import { PAGE_SIZE, type ClaimListQuery } from '@/lib/validation/claim-list-query';
import type { ClaimListItem, ClaimPage } from './types';

/**
 * One page of the public claim list for a parsed list state (filters, search, sort, page); with
 * search words, why each claim matched, and a corrected search when nothing did.
 */
export async function findPublishedClaims(query: ClaimListQuery): Promise<ClaimPage> {
  const offset = (query.page - 1) * PAGE_SIZE;
  const { ids, total, capped } = await claimSearch().findClaimIds(query, {
    offset,
    limit: PAGE_SIZE,
  });
  const [items, suggestion] = await Promise.all([
    loadClaimListItems(ids, query.q),
    total === 0 ? suggestSearch(query.q, claimSuggestTarget(query, visibilityOf())) : null,
  ]);
  return {
    items,
    suggestion,
    total,
    capped,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    pageSize: PAGE_SIZE,
  };
}

/**
 * Hydrates claim ids into list rows, keeping the order of `ids`: one statement
 * (store.search.readListRows). With search words, each row says why it matched, cut from the
 * texts read by the same statement.
 */
export async function loadClaimListItems(ids: number[], q = ''): Promise<ClaimListItem[]> {
  if (ids.length === 0) return [];
  const terms = searchTerms(q);
  const rows = await store.search.readListRows(ids, { texts: terms.length > 0 });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const match = searchMatchOf(row, terms);
    const item: ClaimListItem = {
      id: row.id,
      title: row.title,
      statement: row.statement,
      claimant: { id: row.claimantId, name: row.claimantName },
      verdict: row.verdict as Verdict,
      confidence: row.confidence as Confidence,
      supportingCount: row.supportingCount,
      contradictingCount: row.contradictingCount,
      updatedAt: row.updatedAt,
    };
    return [match ? { ...item, match } : item];
  });
}

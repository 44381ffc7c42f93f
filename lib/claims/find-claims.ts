import 'server-only';
import { db } from '@/lib/db';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { claimSearch, visibilityOf } from '@/lib/search/claim-search';
import { findSearchMatches } from '@/lib/search/search-matches';
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
  const [items, matches, suggestion] = await Promise.all([
    loadClaimListItems(ids),
    findSearchMatches(ids, query.q),
    total === 0 ? suggestSearch(query.q, claimSuggestTarget(query, visibilityOf())) : null,
  ]);
  return {
    items: items.map((item) => {
      const match = matches.get(item.id);
      return match ? { ...item, match } : item;
    }),
    suggestion,
    total,
    capped,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    pageSize: PAGE_SIZE,
  };
}

/** Hydrates claim ids into list rows, keeping the order of `ids`. */
export async function loadClaimListItems(ids: number[]): Promise<ClaimListItem[]> {
  if (ids.length === 0) return [];
  // One query with the stances of the citations that count (a handful per claim), counted here:
  // measured at 100,000 claims it is ~30% cheaper than a findMany plus a groupBy.
  const claims = await db.claim.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      statement: true,
      verdict: true,
      confidence: true,
      updatedAt: true,
      claimant: { select: { id: true, name: true } },
      citations: {
        where: { deletedAt: null, stance: { in: ['supports', 'contradicts'] } },
        select: { stance: true },
      },
    },
  });
  const byId = new Map(claims.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const claim = byId.get(id);
    if (!claim) return [];
    const { citations, ...row } = claim;
    return [
      {
        ...row,
        verdict: row.verdict as Verdict,
        confidence: row.confidence as Confidence,
        supportingCount: citations.filter((c) => c.stance === 'supports').length,
        contradictingCount: citations.filter((c) => c.stance === 'contradicts').length,
      },
    ];
  });
}

import 'server-only';
import { db } from '@/lib/db';
import { SEARCH_LIST_CAP, type ClaimVisibility } from '@/lib/db/search-store';
import { store } from '@/lib/db/store';
import { PUBLIC_SOURCE } from '@/lib/sources/public-source';
import type { ClaimListQuery } from '@/lib/validation/claim-list-query';
import type { SuggestTarget } from './suggest-search';

/** Results whose texts are read for a corrected word's real form (surface-word.ts). */
const TEXT_SAMPLE = 20;

/**
 * "Did you mean" in a claim list: the list state's other filters and the caller's visibility
 * (readers: published claims only; editors: drafts too), so a suggestion only ever comes from
 * claims the caller may see.
 */
export function claimSuggestTarget(
  query: ClaimListQuery,
  visibility: ClaimVisibility,
): SuggestTarget {
  const state = (q: string): ClaimListQuery => ({ ...query, q, page: 1 });
  return {
    index: 'claims',
    finds: (q) => store.search.hasClaims(state(q), visibility),
    count: (q) => store.search.countClaims(state(q), visibility),
    async texts(q) {
      const { ids } = await store.search.findClaimIds(state(q), {
        visibility,
        offset: 0,
        limit: TEXT_SAMPLE,
      });
      const claims = await db.claim.findMany({
        where: { id: { in: ids } },
        select: {
          statement: true,
          context: true,
          claimant: { select: { name: true } },
          citations: { where: { deletedAt: null }, select: { quote: true } },
        },
      });
      return claims.flatMap((c) => [
        c.statement,
        c.context,
        c.claimant.name,
        ...c.citations.map((citation) => citation.quote),
      ]);
    },
  };
}

/** The public sources a search finds (title, publisher, URL host), newest first. */
async function publicSourceIds(q: string): Promise<number[]> {
  const ids = await store.search.findSourceIds(q, SEARCH_LIST_CAP);
  if (ids.length === 0) return [];
  const visible = await db.source.findMany({
    where: { ...PUBLIC_SOURCE, id: { in: ids } },
    select: { id: true },
  });
  return visible.map((s) => s.id);
}

/** "Did you mean" on /sources: only sources a reader may see (cited by a published claim). */
export const sourceSuggestTarget: SuggestTarget = {
  index: 'sources',
  finds: async (q) => (await publicSourceIds(q)).length > 0,
  count: async (q) => (await publicSourceIds(q)).length,
  async texts(q) {
    const sources = await db.source.findMany({
      where: { id: { in: (await publicSourceIds(q)).slice(0, TEXT_SAMPLE) } },
      select: { title: true, url: true, publisher: { select: { name: true } } },
    });
    return sources.flatMap((s) => [s.title, s.publisher?.name ?? '', s.url ?? '']);
  },
};

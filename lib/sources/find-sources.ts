import 'server-only';
import { cachedPerContentVersion } from '@/lib/cache/content-version-cache';
import { db } from '@/lib/db';
import { currentContentVersion } from '@/lib/db/current-content-version';
import { SEARCH_LIST_CAP } from '@/lib/db/search-store';
import { store } from '@/lib/db/store';
import { searchTerms } from '@/lib/search/fts-query';
import { suggestSearch } from '@/lib/search/suggest-search';
import { sourceSuggestTarget } from '@/lib/search/suggest-targets';
import { PUBLIC_CLAIM } from '@/lib/claims/public-claim';
import { SOURCE_REF_SELECT } from '@/lib/claims/get-claim';
import { PUBLIC_SOURCE } from './public-source';
import type { SourcePage } from './types';

export const SOURCES_PAGE_SIZE = 25;

/**
 * How many sources readers can see: a probe of every source's citations (~76 ms at 30,000
 * sources and 300,000 citations, the whole of an uncached /sources page's database time), kept
 * until the next content write from any server.
 */
const countPublicSources = cachedPerContentVersion(
  () => db.source.count({ where: PUBLIC_SOURCE }),
  currentContentVersion,
);

/**
 * One page of the public source list, newest first; with search words (`q`), the sources whose
 * title, publisher or URL host match them by the claim search's rules (store.search
 * .findSourceIds: numbers however written, word forms, literal words only), the newest
 * SEARCH_LIST_CAP matches at most (`capped` says there were more); a corrected search when
 * nothing matched (suggest-search.ts).
 */
export async function findSources(page: number, q = ''): Promise<SourcePage> {
  const safePage = Number.isSafeInteger(page) && page > 0 ? page : 1;
  const searching = searchTerms(q).length > 0;
  const matched = searching ? await store.search.findSourceIds(q, SEARCH_LIST_CAP + 1) : [];
  const where = searching
    ? { ...PUBLIC_SOURCE, id: { in: matched.slice(0, SEARCH_LIST_CAP) } }
    : PUBLIC_SOURCE;
  const [total, sources] = await Promise.all([
    searching ? db.source.count({ where }) : countPublicSources(),
    db.source.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (safePage - 1) * SOURCES_PAGE_SIZE,
      take: SOURCES_PAGE_SIZE,
      select: {
        ...SOURCE_REF_SELECT,
        citations: {
          where: { deletedAt: null, claim: PUBLIC_CLAIM },
          distinct: ['claimId'],
          select: { claimId: true },
        },
      },
    }),
  ]);
  const suggestion = searching && total === 0 ? await suggestSearch(q, sourceSuggestTarget) : null;
  return {
    items: sources.map(({ citations, ...source }) => ({ ...source, claimCount: citations.length })),
    suggestion,
    total,
    capped: matched.length > SEARCH_LIST_CAP,
    page: safePage,
    pageCount: Math.max(1, Math.ceil(total / SOURCES_PAGE_SIZE)),
    pageSize: SOURCES_PAGE_SIZE,
  };
}

import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import {
  urgentPublishedClaimIds,
  watchListPageIds,
  watchStateCounts,
} from '@/lib/db/watch-read-sql';
import { isLinkState, type LinkState } from '@/lib/domain/source-watch';
import { isStage, type Stage } from '@/lib/domain/stages';
import type { Verdict } from '@/lib/domain/verdicts';
import type { WatchListQuery } from './watch-list-query';
import { PROBLEM_STATES, URGENT_STATES } from './watch-words';

export const WATCH_PAGE_SIZE = 25;
/** Claims shown under each source; the rest are counted. */
export const CLAIMS_SHOWN_PER_SOURCE = 5;
export const LOOK_FIRST_SHOWN = 10;

export interface WatchClaimRef {
  id: number;
  title: string;
  verdict: Verdict;
  stage: Stage;
  published: boolean;
}

export interface WatchListItem {
  id: number;
  title: string;
  url: string | null;
  publisher: string | null;
  state: LinkState;
  lastProblem: string;
  lastCheckedAt: Date | null;
  lastOkAt: Date | null;
  /** Live claims citing the source, published first; `claimCount` counts them all. */
  claims: WatchClaimRef[];
  claimCount: number;
}

export interface WatchList {
  items: WatchListItem[];
  total: number;
  page: number;
  pageCount: number;
  /** Watched sources per state under the text and published filters (not the state filter). */
  counts: Record<LinkState, number>;
}

const LIVE_CITATION = { deletedAt: null, claim: { deletedAt: null } } as const;

function claimRef(claim: {
  id: number;
  title: string | null;
  statement: string;
  verdict: string;
  stage: string;
  status: string;
}): WatchClaimRef {
  return {
    id: claim.id,
    title: claim.title ?? claim.statement,
    verdict: claim.verdict as Verdict,
    stage: isStage(claim.stage) ? claim.stage : 'new',
    published: claim.status === 'published',
  };
}

const CLAIM_SELECT = {
  id: true,
  title: true,
  statement: true,
  verdict: true,
  stage: true,
  status: true,
} as const;

/**
 * The Source watch list for editors: watched sources in the asked state (or every state that
 * needs looking at), sources a published claim cites first, then the most urgent state, then the
 * oldest problem (lib/db/watch-list-sql.ts); each with the live claims citing it.
 */
export async function findWatchList(
  actor: Actor | null,
  query: WatchListQuery,
): Promise<WatchList> {
  assertRole(actor, 'editor');
  const filter = { text: query.q.toLowerCase(), onlyPublished: query.onlyPublished };
  const states = query.state ? [query.state] : PROBLEM_STATES;
  const skip = (query.page - 1) * WATCH_PAGE_SIZE;
  const [page, counts] = await Promise.all([
    watchListPageIds({ ...filter, states }, { skip, take: WATCH_PAGE_SIZE }),
    watchStateCounts(filter),
  ]);
  const rows = page.ids.length
    ? await db.source.findMany({
        where: { id: { in: page.ids } },
        select: {
          id: true,
          title: true,
          url: true,
          publisher: { select: { name: true } },
          watch: {
            select: { state: true, lastProblem: true, lastCheckedAt: true, lastOkAt: true },
          },
          citations: {
            where: LIVE_CITATION,
            take: CLAIMS_SHOWN_PER_SOURCE,
            // 'published' sorts after 'draft': descending puts published claims first.
            orderBy: [
              { claim: { status: 'desc' } },
              { claim: { updatedAt: 'desc' } },
              { id: 'asc' },
            ],
            select: { claim: { select: CLAIM_SELECT } },
          },
        },
      })
    : [];
  // Counted apart: Prisma's relation _count with a filter scanned far more (547 → 14 ms for a
  // page at 100,000 claims).
  const citing = page.ids.length
    ? await db.citation.groupBy({
        by: ['sourceId'],
        where: { sourceId: { in: page.ids }, ...LIVE_CITATION },
        _count: { _all: true },
      })
    : [];
  const claimCounts = new Map(citing.map((c) => [c.sourceId, c._count._all]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = page.ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row?.watch) return [];
    return [
      {
        id: row.id,
        title: row.title,
        url: row.url,
        publisher: row.publisher?.name ?? null,
        state: isLinkState(row.watch.state) ? row.watch.state : 'unchecked',
        lastProblem: row.watch.lastProblem,
        lastCheckedAt: row.watch.lastCheckedAt,
        lastOkAt: row.watch.lastOkAt,
        claims: row.citations.map((c) => claimRef(c.claim)),
        claimCount: claimCounts.get(row.id) ?? 0,
      } satisfies WatchListItem,
    ];
  });
  return {
    items,
    total: page.total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(page.total / WATCH_PAGE_SIZE)),
    counts,
  };
}

export interface LookFirstItem extends WatchClaimRef {
  /** The cited sources in an urgent state, most urgent first. */
  sources: { id: number; title: string; state: LinkState }[];
}

/**
 * "What to look at first": published claims whose verdict rests on a dead source or one whose
 * quoted passage drifted, most urgent state first, then the oldest problem.
 */
export async function findLookFirst(
  actor: Actor | null,
): Promise<{ items: LookFirstItem[]; total: number }> {
  assertRole(actor, 'editor');
  const { ids, total } = await urgentPublishedClaimIds(URGENT_STATES, LOOK_FIRST_SHOWN);
  if (ids.length === 0) return { items: [], total };
  const claims = await db.claim.findMany({
    where: { id: { in: ids } },
    select: {
      ...CLAIM_SELECT,
      citations: {
        where: { deletedAt: null, source: { watch: { state: { in: [...URGENT_STATES] } } } },
        select: {
          source: { select: { id: true, title: true, watch: { select: { state: true } } } },
        },
      },
    },
  });
  const byId = new Map(claims.map((c) => [c.id, c]));
  const rank = (state: string) => (URGENT_STATES as readonly string[]).indexOf(state);
  const items = ids.flatMap((id) => {
    const claim = byId.get(id);
    if (!claim) return [];
    const sources = claim.citations
      .map((c) => ({
        id: c.source.id,
        title: c.source.title,
        state: (c.source.watch?.state ?? 'unchecked') as LinkState,
      }))
      .sort((a, b) => rank(a.state) - rank(b.state) || a.id - b.id);
    return [{ ...claimRef(claim), sources }];
  });
  return { items, total };
}

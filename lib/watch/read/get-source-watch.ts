import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { snapshotTextLengths } from '@/lib/db/watch-read-sql';
import {
  isLinkState,
  isQuoteState,
  type LinkState,
  type QuoteState,
} from '@/lib/domain/source-watch';

export const RECENT_CHECKS_SHOWN = 20;
export const SNAPSHOTS_SHOWN = 50;
export const CITATIONS_SHOWN = 100;

export interface SourceWatchDetail {
  source: {
    id: number;
    title: string;
    url: string | null;
    archiveUrl: string | null;
    publisher: string | null;
  };
  state: LinkState;
  lastProblem: string;
  firstCheckedAt: Date | null;
  lastCheckedAt: Date | null;
  lastOkAt: Date | null;
  /** The first failed check after the last good one, while the link is dead. */
  deadSince: Date | null;
  finalUrl: string | null;
  consecutiveFailures: number;
  nextCheckAt: Date | null;
  checks: {
    id: number;
    checkedAt: Date;
    outcome: string;
    httpStatus: number | null;
    message: string;
    finalUrl: string | null;
  }[];
  /** Newest first; `size` is the text's length in characters (the text itself is not loaded). */
  snapshots: {
    id: number;
    fetchedAt: Date;
    lastSeenAt: Date;
    title: string;
    contentHash: string;
    finalUrl: string;
    size: number;
  }[];
  citations: {
    id: number;
    quote: string;
    claim: { id: number; title: string; published: boolean };
    quoteState: QuoteState | null;
    score: number;
    quoteCheckedAt: Date | null;
    verifiedAt: Date | null;
    /** Whether the quote was in the first snapshot after the citation was made. */
    firstState: QuoteState | null;
  }[];
}

/**
 * A source's watch record for editors: its link state and dates, the recent checks, the
 * snapshots (without their text) and the live citations with their quote states. A source never
 * watched yet answers with state "unchecked" and empty lists; null when unknown or removed.
 */
export async function getSourceWatch(
  actor: Actor | null,
  sourceId: number,
): Promise<SourceWatchDetail | null> {
  assertRole(actor, 'editor');
  if (!Number.isSafeInteger(sourceId) || sourceId < 1) return null;
  const source = await db.source.findFirst({
    where: { id: sourceId, deletedAt: null },
    select: {
      id: true,
      title: true,
      url: true,
      archiveUrl: true,
      publisher: { select: { name: true } },
      watch: true,
      checks: {
        orderBy: [{ checkedAt: 'desc' }, { id: 'desc' }],
        take: RECENT_CHECKS_SHOWN,
        select: {
          id: true,
          checkedAt: true,
          outcome: true,
          httpStatus: true,
          message: true,
          finalUrl: true,
        },
      },
      snapshots: {
        orderBy: [{ fetchedAt: 'desc' }, { id: 'desc' }],
        take: SNAPSHOTS_SHOWN,
        select: {
          id: true,
          fetchedAt: true,
          lastSeenAt: true,
          title: true,
          contentHash: true,
          finalUrl: true,
        },
      },
      citations: {
        where: { deletedAt: null, claim: { deletedAt: null } },
        orderBy: { id: 'asc' },
        take: CITATIONS_SHOWN,
        select: {
          id: true,
          quote: true,
          claim: { select: { id: true, title: true, statement: true, status: true } },
          quoteCheck: true,
        },
      },
    },
  });
  if (!source) return null;
  const watch = source.watch;
  const state: LinkState = watch && isLinkState(watch.state) ? watch.state : 'unchecked';
  const [sizes, firstFailure] = await Promise.all([
    snapshotTextLengths(source.snapshots.map((s) => s.id)),
    state === 'dead'
      ? db.sourceCheck.findFirst({
          where: {
            sourceId,
            outcome: { not: 'ok' },
            ...(watch?.lastOkAt ? { checkedAt: { gt: watch.lastOkAt } } : {}),
          },
          orderBy: [{ checkedAt: 'asc' }, { id: 'asc' }],
          select: { checkedAt: true },
        })
      : null,
  ]);
  const quoteState = (value: string | null | undefined) => (isQuoteState(value) ? value : null);
  return {
    source: {
      id: source.id,
      title: source.title,
      url: source.url,
      archiveUrl: source.archiveUrl,
      publisher: source.publisher?.name ?? null,
    },
    state,
    lastProblem: watch?.lastProblem ?? '',
    firstCheckedAt: watch?.firstCheckedAt ?? null,
    lastCheckedAt: watch?.lastCheckedAt ?? null,
    lastOkAt: watch?.lastOkAt ?? null,
    deadSince: firstFailure?.checkedAt ?? null,
    finalUrl: watch?.finalUrl ?? null,
    consecutiveFailures: watch?.consecutiveFailures ?? 0,
    nextCheckAt: watch?.nextCheckAt ?? null,
    checks: source.checks,
    snapshots: source.snapshots.map((s) => ({ ...s, size: sizes.get(s.id) ?? 0 })),
    citations: source.citations.map((c) => ({
      id: c.id,
      quote: c.quote,
      claim: {
        id: c.claim.id,
        title: c.claim.title ?? c.claim.statement,
        published: c.claim.status === 'published',
      },
      quoteState: c.quote ? quoteState(c.quoteCheck?.state ?? 'unchecked') : null,
      score: c.quoteCheck?.score ?? 0,
      quoteCheckedAt: c.quoteCheck?.checkedAt ?? null,
      verifiedAt: c.quoteCheck?.verifiedAt ?? null,
      firstState: quoteState(c.quoteCheck?.firstState),
    })),
  };
}

import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import {
  isLinkState,
  isQuoteState,
  type LinkState,
  type QuoteState,
} from '@/lib/domain/source-watch';

/** What the claim's editing page shows beside each citation. */
export interface CitationMark {
  linkState: LinkState;
  /** For a dead link: the first failed check after the last good one. */
  deadSince: Date | null;
  linkCheckedAt: Date | null;
  lastProblem: string;
  /** null when the citation quotes nothing. */
  quoteState: QuoteState | null;
  quoteCheckedAt: Date | null;
  /** The quote was not in the source at its first check either: never verified, not drifted. */
  quoteNeverFound: boolean;
}

/** The link and quote marks of a claim's live citations, by citation id. Editors only. */
export async function findCitationMarks(
  actor: Actor | null,
  claimId: number,
): Promise<Map<number, CitationMark>> {
  assertRole(actor, 'editor');
  const citations = await db.citation.findMany({
    where: { claimId, deletedAt: null },
    select: {
      id: true,
      quote: true,
      sourceId: true,
      quoteCheck: { select: { state: true, checkedAt: true, firstState: true } },
      source: {
        select: {
          watch: {
            select: { state: true, lastCheckedAt: true, lastOkAt: true, lastProblem: true },
          },
        },
      },
    },
  });
  const dead = citations.filter((c) => c.source.watch?.state === 'dead');
  // One grouped query for every dead source: its first failure after its last good check.
  const since = dead.length
    ? await db.sourceCheck.groupBy({
        by: ['sourceId'],
        where: {
          outcome: { not: 'ok' },
          OR: dead.map((c) => ({
            sourceId: c.sourceId,
            ...(c.source.watch?.lastOkAt ? { checkedAt: { gt: c.source.watch.lastOkAt } } : {}),
          })),
        },
        _min: { checkedAt: true },
      })
    : [];
  const deadSince = new Map(since.map((s) => [s.sourceId, s._min.checkedAt]));
  return new Map(
    citations.map((c) => {
      const watch = c.source.watch;
      const quoteState = c.quoteCheck?.state ?? 'unchecked';
      return [
        c.id,
        {
          linkState: watch && isLinkState(watch.state) ? watch.state : 'unchecked',
          deadSince: deadSince.get(c.sourceId) ?? null,
          linkCheckedAt: watch?.lastCheckedAt ?? null,
          lastProblem: watch?.lastProblem ?? '',
          quoteState: c.quote.trim() ? (isQuoteState(quoteState) ? quoteState : 'unchecked') : null,
          quoteCheckedAt: c.quoteCheck?.checkedAt ?? null,
          quoteNeverFound: quoteState === 'missing' && c.quoteCheck?.firstState === 'missing',
        } satisfies CitationMark,
      ];
    }),
  );
}

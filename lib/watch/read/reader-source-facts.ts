import 'server-only';
import { db } from '@/lib/db';
import { citationWatchRows } from '@/lib/db/watch-read-sql';

/**
 * What readers are told about a cited source's watch: when the desk last checked it, whether the
 * live page is dead (then the archived copy is offered), and when the quoted passage was last
 * found in it. Dates and states only: the desk's snapshot text is the publisher's and is never
 * published.
 */
export interface ReaderSourceFacts {
  checkedOn: Date | null;
  liveDead: boolean;
}

export interface ReaderCitationFacts extends ReaderSourceFacts {
  /** The latest check found the quote (exactly or closely): the day it did. */
  quoteVerifiedOn: Date | null;
}

/** States where the page was actually fetched or tried: "blocked" was never fetched. */
const CHECKED_STATES = new Set(['ok', 'redirected', 'changed', 'quote_drifted', 'dead']);

function sourceFacts(linkState: string | null, lastCheckedAt: Date | null): ReaderSourceFacts {
  const checked = linkState !== null && CHECKED_STATES.has(linkState);
  return { checkedOn: checked ? lastCheckedAt : null, liveDead: linkState === 'dead' };
}

/** Readers' facts for the citations on a published claim's or source's page (one query). */
export async function findReaderCitationFacts(
  citationIds: number[],
): Promise<Map<number, ReaderCitationFacts>> {
  const rows = await citationWatchRows(citationIds);
  return new Map(
    rows.map((r) => [
      r.citationId,
      {
        ...sourceFacts(r.linkState, r.lastCheckedAt),
        quoteVerifiedOn: r.quoteState === 'exact' || r.quoteState === 'close' ? r.verifiedAt : null,
      },
    ]),
  );
}

/** Readers' facts for a page of sources (the /sources list; one query). */
export async function findReaderSourceFacts(
  sourceIds: number[],
): Promise<Map<number, ReaderSourceFacts>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await db.sourceWatch.findMany({
    where: { sourceId: { in: sourceIds } },
    select: { sourceId: true, state: true, lastCheckedAt: true },
  });
  return new Map(rows.map((r) => [r.sourceId, sourceFacts(r.state, r.lastCheckedAt)]));
}

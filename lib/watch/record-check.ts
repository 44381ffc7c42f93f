import 'server-only';
import { createHash } from 'node:crypto';
import { runMutation, type Tx } from '@/lib/audit/mutation-transaction';
import { store } from '@/lib/db/store';
import { DEAD_AFTER_FAILURES, type LinkState, type QuoteState } from '@/lib/domain/source-watch';
import { notifyWatchFinding } from '@/lib/notifications/notify-source-watch';
import { DEFAULT_CADENCE, nextCheckAt, type CadenceConfig } from './cadence';
import type { FetchResult } from './fetch-types';
import { isFailing, nextLinkState } from './link-state-rules';
import { db } from '@/lib/db';
import { preparePage, type QuoteMatch } from './quote-match';
import { readerFacts } from './reader-facts';

export type RecordCheckOptions = {
  cadence?: CadenceConfig;
  deadAfter?: number;
  /** The check's time (tests pass one to step through days); now by default. */
  now?: Date;
};

export type RecordedCheck = {
  checkId: number;
  previousState: LinkState;
  state: LinkState;
  snapshotId: number | null;
  quotes: { citationId: number; state: QuoteState; score: number }[];
  /** Notifications written by this check (transitions to dead or to a missing quote). */
  notified: number;
  /** Whether a reader-visible fact changed, so the content version moved. */
  contentVersionMoved: boolean;
};

export class SourceNotFoundError extends Error {
  constructor(sourceId: number) {
    super(`Source ${sourceId} does not exist.`);
    this.name = 'SourceNotFoundError';
  }
}

/** The quote text a quote state was decided for (CitationQuoteCheck.quoteHash). */
export function quoteHash(quote: string): string {
  return createHash('sha256').update(quote).digest('hex');
}

/**
 * Records one fetch of a source, all in one transaction: the check, the snapshot (one row per
 * distinct text), each live quoted citation's quote state, the source's link state and next
 * check time; tells assignees about a source that just died or a quote that just went missing;
 * and moves the content version when something a reader sees changed. The source's row is
 * locked first, so two processes recording for one source run one after the other and the
 * second sees the first's state (a transition is told once).
 */
export async function recordSourceCheck(
  sourceId: number,
  result: FetchResult,
  options: RecordCheckOptions = {},
): Promise<RecordedCheck> {
  // Matching a long page costs up to a few hundred milliseconds per quote: done before the
  // transaction, so SQLite's one write lock is not held meanwhile. A quote added or edited in
  // between is matched inside (its hash is not among these).
  const matches = new Map<string, QuoteMatch>();
  if (result.ok) {
    const page = preparePage(result.text);
    const cited = await db.citation.findMany({
      where: { sourceId, deletedAt: null, claim: { deletedAt: null }, quote: { not: '' } },
      select: { quote: true },
    });
    for (const { quote } of cited) matches.set(quoteHash(quote), page.match(quote));
  }
  return runMutation((tx) => recordIn(tx, sourceId, result, options, matches));
}

async function recordIn(
  tx: Tx,
  sourceId: number,
  result: FetchResult,
  options: RecordCheckOptions,
  matches: Map<string, QuoteMatch>,
): Promise<RecordedCheck> {
  const now = options.now ?? new Date();
  await store.editing.lockForEdit(tx, 'Source', sourceId);
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { id: true, title: true, url: true },
  });
  if (!source) throw new SourceNotFoundError(sourceId);
  const watch = await tx.sourceWatch.findUnique({ where: { sourceId } });
  const citations = await tx.citation.findMany({
    where: { sourceId, deletedAt: null, claim: { deletedAt: null } },
    select: { id: true, quote: true, claimId: true, claim: { select: { assigneeId: true } } },
    orderBy: { id: 'asc' },
  });
  const quoted = citations.filter((c) => c.quote.trim() !== '');
  const quoteChecks = await tx.citationQuoteCheck.findMany({
    where: { citationId: { in: quoted.map((c) => c.id) } },
  });
  const checkByCitation = new Map(quoteChecks.map((q) => [q.citationId, q]));
  // What readers see of each quote, updated below as quotes are decided.
  const quoteFacts = new Map(
    quoteChecks.map((q) => [
      q.citationId,
      { citationId: q.citationId, state: q.state, verifiedAt: q.verifiedAt },
    ]),
  );
  const factsBefore = readerFacts({
    lastCheckedAt: watch?.lastCheckedAt ?? null,
    state: watch?.state ?? 'unchecked',
    quotes: quoteChecks,
  });

  let snapshotId: number | null = null;
  let contentChanged = false;
  if (result.ok) {
    const previous = watch?.lastSnapshotId
      ? await tx.sourceSnapshot.findUnique({
          where: { id: watch.lastSnapshotId },
          select: { contentHash: true },
        })
      : null;
    contentChanged = previous !== null && previous.contentHash !== result.contentHash;
    const seen = {
      title: result.title,
      finalUrl: result.finalUrl,
      httpStatus: result.httpStatus,
      contentType: result.contentType,
      lastSeenAt: now,
    };
    const snapshot = await tx.sourceSnapshot.upsert({
      where: { sourceId_contentHash: { sourceId, contentHash: result.contentHash } },
      create: {
        sourceId,
        contentHash: result.contentHash,
        text: result.text,
        fetchedAt: now,
        ...seen,
      },
      update: seen,
      select: { id: true },
    });
    snapshotId = snapshot.id;
  }

  const check = await tx.sourceCheck.create({
    data: {
      sourceId,
      checkedAt: now,
      outcome: result.outcome,
      httpStatus: result.httpStatus ?? null,
      finalUrl: result.finalUrl ?? null,
      snapshotId,
      message: result.ok ? '' : result.message,
      durationMs: Math.max(0, Math.round(result.durationMs)),
    },
    select: { id: true },
  });

  // Quote states: decided only from a page's text; a failed fetch leaves them as they were.
  const quotes: RecordedCheck['quotes'] = [];
  let notified = 0;
  let quoteMissing = false;
  if (result.ok) {
    // Normalised again only for a quote added or edited since the match above.
    let page: ReturnType<typeof preparePage> | null = null;
    for (const citation of quoted) {
      const hash = quoteHash(citation.quote);
      const existing = checkByCitation.get(citation.id);
      // An edited quote is a new quote: decided again, its first state recorded again.
      const same = existing !== undefined && existing.quoteHash === hash;
      const match = matches.get(hash) ?? (page ??= preparePage(result.text)).match(citation.quote);
      const found = match.state !== 'missing';
      const decided = {
        state: match.state,
        score: match.score,
        checkedAt: now,
        verifiedAt: found ? now : same ? existing.verifiedAt : null,
        snapshotId,
        quoteHash: hash,
        firstState: same && existing.firstState ? existing.firstState : match.state,
        firstCheckedAt: same && existing.firstCheckedAt ? existing.firstCheckedAt : now,
      };
      await tx.citationQuoteCheck.upsert({
        where: { citationId: citation.id },
        create: { citationId: citation.id, ...decided },
        update: decided,
      });
      quoteFacts.set(citation.id, { citationId: citation.id, ...decided });
      quotes.push({ citationId: citation.id, state: match.state, score: match.score });
      if (!found) quoteMissing = true;
      const before = same ? existing.state : 'unchecked';
      if (!found && before !== 'missing') {
        notified += await notifyWatchFinding(
          tx,
          'quote_missing',
          [{ claimId: citation.claimId, assigneeId: citation.claim.assigneeId }],
          `${source.title}: “${excerpt(citation.quote)}”`,
        );
      }
    }
  }

  const previousState = (watch?.state ?? 'unchecked') as LinkState;
  const after = nextLinkState(
    watch ? { state: previousState, consecutiveFailures: watch.consecutiveFailures } : null,
    result,
    { contentChanged, quoteMissing },
    options.deadAfter ?? DEAD_AFTER_FAILURES,
  );
  const firstCheckedAt = watch?.firstCheckedAt ?? now;
  const watchData = {
    state: after.state,
    lastProblem: after.lastProblem,
    consecutiveFailures: after.consecutiveFailures,
    checkCount: (watch?.checkCount ?? 0) + 1,
    firstCheckedAt,
    lastCheckedAt: now,
    lastOkAt: result.ok ? now : (watch?.lastOkAt ?? null),
    finalUrl: result.ok ? result.finalUrl : (watch?.finalUrl ?? null),
    lastSnapshotId: snapshotId ?? watch?.lastSnapshotId ?? null,
    nextCheckAt: nextCheckAt(
      { checkedAt: now, firstCheckedAt, failing: isFailing(after) },
      options.cadence ?? DEFAULT_CADENCE,
    ),
  };
  await tx.sourceWatch.upsert({
    where: { sourceId },
    create: { sourceId, ...watchData },
    update: watchData,
  });

  if (after.state === 'dead' && previousState !== 'dead') {
    notified += await notifyWatchFinding(
      tx,
      'source_dead',
      citations.map((c) => ({ claimId: c.claimId, assigneeId: c.claim.assigneeId })),
      `${source.title} (${after.lastProblem || 'unreachable'})`,
    );
  }

  const factsAfter = readerFacts({
    lastCheckedAt: now,
    state: after.state,
    quotes: quoteFacts.values(),
  });
  const contentVersionMoved = factsAfter !== factsBefore;
  if (contentVersionMoved) await store.watch.bumpContentVersion(tx);

  return {
    checkId: check.id,
    previousState,
    state: after.state,
    snapshotId,
    quotes,
    notified,
    contentVersionMoved,
  };
}

function excerpt(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

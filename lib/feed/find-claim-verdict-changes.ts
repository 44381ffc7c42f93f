import 'server-only';
import { PUBLIC_CLAIM } from '@/lib/claims/public-claim';
import { db } from '@/lib/db';
import { PUBLIC_REVIEW_STATES } from '@/lib/domain/review';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import { FEED_ENTRY_LIMIT, type Rating, type VerdictChange } from './find-verdict-changes';

export interface ClaimFeed {
  claim: { id: number; title: string | null; statement: string };
  changes: VerdictChange[];
}

/**
 * One published claim's verdict changes, newest first, as the site's feed words them
 * (find-verdict-changes.ts): public review states only — a proposal waiting for review, sent
 * back or superseded is never an entry — and imported revisions count as the rating a later
 * change replaced but are not entries themselves. Null for a draft, deleted or unknown claim.
 * One claim's history is short: read whole, on its (claimId, …) index.
 */
export async function findClaimVerdictChanges(claimId: number): Promise<ClaimFeed | null> {
  if (!Number.isSafeInteger(claimId) || claimId < 1) return null;
  const claim = await db.claim.findFirst({
    where: { id: claimId, ...PUBLIC_CLAIM },
    select: { id: true, title: true, statement: true, claimant: { select: { name: true } } },
  });
  if (!claim) return null;
  const revisions = await db.verdictRevision.findMany({
    where: { claimId, reviewState: { in: [...PUBLIC_REVIEW_STATES] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      verdict: true,
      confidence: true,
      rationale: true,
      overrideReason: true,
      createdAt: true,
      importedAt: true,
    },
  });
  const changes: VerdictChange[] = [];
  let previous: Rating | null = null;
  for (const r of revisions) {
    const to = { verdict: r.verdict as Verdict, confidence: r.confidence as Confidence };
    if (r.importedAt === null) {
      changes.push({
        revisionId: r.id,
        claim: {
          id: claim.id,
          title: claim.title,
          statement: claim.statement,
          claimantName: claim.claimant.name,
        },
        from: previous,
        to,
        rationale: r.rationale,
        overrideReason: r.overrideReason,
        at: r.createdAt,
      });
    }
    previous = to;
  }
  return {
    claim: { id: claim.id, title: claim.title, statement: claim.statement },
    changes: changes.reverse().slice(0, FEED_ENTRY_LIMIT),
  };
}

import 'server-only';
import { PUBLIC_CLAIM } from '@/lib/claims/public-claim';
import { db } from '@/lib/db';
import { PUBLIC_REVIEW_STATES } from '@/lib/domain/review';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import type { Prisma } from '@/lib/generated/prisma/client';

/** Entries in the feed: enough for a reader polling daily, small enough to render in a blink. */
export const FEED_ENTRY_LIMIT = 50;

export interface Rating {
  verdict: Verdict;
  confidence: Confidence;
}

/** One kept verdict revision of a public claim, with the rating it replaced. */
export interface VerdictChange {
  revisionId: number;
  claim: { id: number; title: string | null; statement: string; claimantName: string };
  /** The claim's previous revision; null for its first verdict. */
  from: Rating | null;
  to: Rating;
  rationale: string;
  /** An admin's reason for setting this verdict although the evidence rules refused it. */
  overrideReason: string | null;
  at: Date;
}

const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

type Position = { createdAt: Date; id: number };

/** Rows strictly older than `p` in NEWEST_FIRST order (a keyset bound). */
const olderThan = (p: Position) => ({
  OR: [{ createdAt: { lt: p.createdAt } }, { createdAt: p.createdAt, id: { lt: p.id } }],
});

/**
 * The latest verdict changes the desk made on published, live claims, newest first — the records
 * each claim page shows as its history — with the rating each one replaced.
 *
 * Revisions an admin imported from another desk's file (`importedAt` set) are history recorded
 * elsewhere, not this desk's changes: they are never entries (at their own date they would pose
 * as the desk's judgement then; at their import date one import would push every real change out
 * of the feed). They still count as the rating a later change replaced.
 *
 * Normally three queries: the newest revisions, then, for the claims concerned, the one revision
 * just below the oldest entry and the imported ones above it. That suffices because visibility
 * belongs to the claim, so every revision of a listed claim newer than the oldest entry is an
 * entry or imported: an entry's predecessor is one of those or the claim's newest revision below
 * that cutoff.
 */
export async function findVerdictChanges(limit = FEED_ENTRY_LIMIT): Promise<VerdictChange[]> {
  const revisions = await newestPublicRevisions(limit);
  const cutoff = revisions.at(-1);
  if (!cutoff) return [];

  const claimIds = [...new Set(revisions.map((r) => r.claim.id))];
  const [earlier, imported] = await Promise.all([
    db.verdictRevision.findMany({
      where: { claimId: { in: claimIds }, ...olderThan(cutoff), ...PUBLIC_ONLY },
      orderBy: [{ claimId: 'asc' }, ...NEWEST_FIRST],
      distinct: ['claimId'],
      select: { claimId: true, verdict: true, confidence: true },
    }),
    db.verdictRevision.findMany({
      where: {
        claimId: { in: claimIds },
        importedAt: { not: null },
        NOT: olderThan(cutoff),
        ...PUBLIC_ONLY,
      },
      select: { id: true, claimId: true, verdict: true, confidence: true, createdAt: true },
    }),
  ]);
  // Walking oldest to newest, each claim's latest-seen rating is the one its next entry replaces.
  const previous = new Map<number, Rating>(
    earlier.map((r) => [r.claimId, rating(r.verdict, r.confidence)]),
  );
  const steps = [
    ...revisions.map((r) => ({ ...r, claimId: r.claim.id, entry: r })),
    ...imported.map((r) => ({ ...r, entry: null })),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  const changes: VerdictChange[] = [];
  for (const step of steps) {
    const to = rating(step.verdict, step.confidence);
    const r = step.entry;
    if (r) {
      changes.push({
        revisionId: r.id,
        claim: {
          id: r.claim.id,
          title: r.claim.title,
          statement: r.claim.statement,
          claimantName: r.claim.claimant.name,
        },
        from: previous.get(r.claim.id) ?? null,
        to,
        rationale: r.rationale,
        overrideReason: r.overrideReason,
        at: r.createdAt,
      });
    }
    previous.set(step.claimId, to);
  }
  return changes.reverse();
}

/** Revisions readers may see: never one waiting for review, sent back or superseded. */
const PUBLIC_ONLY = { reviewState: { in: [...PUBLIC_REVIEW_STATES] } };

const REVISION_SELECT = {
  id: true,
  verdict: true,
  confidence: true,
  rationale: true,
  overrideReason: true,
  createdAt: true,
  importedAt: true,
  claim: {
    select: {
      id: true,
      title: true,
      statement: true,
      status: true,
      deletedAt: true,
      claimant: { select: { name: true } },
    },
  },
} as const;

type RevisionRow = Prisma.VerdictRevisionGetPayload<{ select: typeof REVISION_SELECT }>;

/**
 * Walks the revisions newest first in growing batches and keeps those of public claims. Filtering
 * in the query instead (Prisma writes a join on Claim) makes SQLite drive from the claims and
 * sort every revision: 380 ms at 300,000 claims, against 0.5 ms for this walk down the createdAt
 * index. Drafts' and imported revisions are skipped here; the batches grow so a run of them costs
 * few trips.
 */
async function newestPublicRevisions(limit: number) {
  const kept: RevisionRow[] = [];
  let after: Position | null = null;
  let batch = limit * 2;
  while (kept.length < limit) {
    const rows: RevisionRow[] = await db.verdictRevision.findMany({
      where: { ...(after ? olderThan(after) : {}), ...PUBLIC_ONLY },
      orderBy: NEWEST_FIRST,
      take: batch,
      select: REVISION_SELECT,
    });
    for (const row of rows) {
      const { status, deletedAt } = row.claim;
      const isPublic = status === PUBLIC_CLAIM.status && deletedAt === PUBLIC_CLAIM.deletedAt;
      if (isPublic && row.importedAt === null) {
        kept.push(row);
        if (kept.length === limit) break;
      }
    }
    const last = rows.at(-1);
    if (!last || rows.length < batch) break;
    after = last;
    batch = Math.min(batch * 4, 5000);
  }
  return kept;
}

function rating(verdict: string, confidence: string): Rating {
  return { verdict: verdict as Verdict, confidence: confidence as Confidence };
}

import 'server-only';
import { runMutation, type Tx } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { readClaimState } from '@/lib/claims/claim-state';
import type { EvidenceCitation } from '@/lib/claims/evidence-rules';
import type { ClaimEditState } from '@/lib/claims/types';
import type { VerdictWrite } from '@/lib/db/verdict-store';
import { DEFAULT_DESK_SETTINGS } from '@/lib/desk/desk-settings';
import type { ReviewState } from '@/lib/domain/review';
import type { Confidence, Verdict } from '@/lib/domain/verdicts';
import type { VerdictOutcome } from './review-rules';

/** The claim's open revision as a verdict save judges it: the editor's working values. */
export interface OpenRevisionValues {
  revisionId: number;
  state: ReviewState;
  verdict: Verdict;
  confidence: Confidence;
  rationale: string;
}

/** The verdict save's decision, with what becomes of the write (lib/claims/change-verdict.ts). */
export type VerdictRuling<R> =
  | { answer: R }
  | {
      write: VerdictWrite;
      /** The rating the revision records: the proposal's, or the one applied. */
      rating: Pick<ClaimEditState, 'verdict' | 'confidence' | 'rationale'>;
      route: VerdictOutcome;
      bypassReason: string | null;
    };

export type ThroughReviewOutcome<R> =
  | { answer: R; hadOpenRevision: boolean }
  | {
      saved: {
        /** The new revision; null when the save only withdrew the open proposal. */
        revisionId: number | null;
        ruling: Extract<VerdictRuling<R>, { write: unknown }>;
      };
    };

/**
 * The verdict save when review is involved: a proposal waiting for a second editor, an admin's
 * bypass, or any save of a claim with an open revision (which it supersedes). Rarer than the
 * direct save (lib/db/verdict-store.ts), so it runs as one Prisma mutation: the claim's row
 * locked (readClaimState), its open revision, the desk's review setting and its live evidence
 * read, `decide` (change-verdict.ts's decideVerdict, the one set of rules) called, then the
 * revision, the claim's guarded update and the audit event written together.
 */
export async function saveThroughReview<R>(
  claimId: number,
  withEvidence: boolean,
  decide: (
    before: ClaimEditState | null,
    evidence: EvidenceCitation[],
    reviewOn: boolean,
    open: OpenRevisionValues | null,
  ) => VerdictRuling<R>,
): Promise<ThroughReviewOutcome<R>> {
  return runMutation(async (tx) => {
    const before = await readClaimState(tx, claimId);
    const [claim, setting] = await Promise.all([
      tx.claim.findUnique({ where: { id: claimId }, select: { pendingRevisionId: true } }),
      tx.deskSetting.findUnique({ where: { key: 'review' }, select: { value: true } }),
    ]);
    const open = await readOpenRevision(tx, claim?.pendingRevisionId ?? null);
    const evidence = before && withEvidence ? await readLiveEvidence(tx, claimId) : [];
    const reviewOn = setting ? setting.value === 'true' : DEFAULT_DESK_SETTINGS.review;
    const ruling = decide(before, evidence, reviewOn, open);
    if ('answer' in ruling) return { answer: ruling.answer, hadOpenRevision: open !== null };

    const { write, rating, route, bypassReason } = ruling;
    const { after } = write;
    const now = new Date();
    if (open) {
      await tx.verdictRevision.update({
        where: { id: open.revisionId },
        data: { reviewState: 'superseded' },
      });
    }
    // A withdrawal writes no revision: the rating readers see stays, and the history with it.
    const revision =
      route === 'withdrawn'
        ? null
        : await tx.verdictRevision.create({
            data: {
              claimId,
              ...rating,
              createdAt: now,
              createdById: write.actorId,
              overrideReason: write.overrideReason,
              reviewState: route,
              ...(route === 'bypassed'
                ? { reviewedById: write.actorId, reviewedAt: now, reviewComment: bypassReason }
                : {}),
            },
            select: { id: true },
          });
    // A proposal leaves the claim's verdict columns as they are: what readers see.
    await tx.claim.update({
      where: { id: claimId, version: after.version - 1, deletedAt: null },
      data: {
        ...(route === 'pending' && revision
          ? { pendingRevisionId: revision.id }
          : {
              verdict: after.verdict,
              verdictRank: write.verdictRank,
              confidence: after.confidence,
              rationale: after.rationale,
              pendingRevisionId: null,
            }),
        updatedById: write.actorId,
        updatedAt: after.updatedAt,
        version: after.version,
      },
    });
    await recordAuditEvent(tx, write.audit(revision?.id ?? null));
    return { saved: { revisionId: revision?.id ?? null, ruling } };
  });
}

async function readOpenRevision(
  tx: Tx,
  revisionId: number | null,
): Promise<OpenRevisionValues | null> {
  if (revisionId === null) return null;
  const row = await tx.verdictRevision.findUnique({
    where: { id: revisionId },
    select: { id: true, reviewState: true, verdict: true, confidence: true, rationale: true },
  });
  if (!row) return null;
  return {
    revisionId: row.id,
    state: row.reviewState as ReviewState,
    verdict: row.verdict as Verdict,
    confidence: row.confidence as Confidence,
    rationale: row.rationale,
  };
}

/** The claim's live evidence as the rules count it (as lib/db/claim-edit-sql.ts reads it). */
export async function readLiveEvidence(tx: Tx, claimId: number): Promise<EvidenceCitation[]> {
  const rows = await tx.citation.findMany({
    where: { claimId, deletedAt: null, source: { deletedAt: null } },
    orderBy: { id: 'asc' },
    select: {
      stance: true,
      source: {
        select: {
          id: true,
          title: true,
          url: true,
          archiveUrl: true,
          publisher: { select: { name: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    stance: r.stance,
    sourceId: r.source.id,
    sourceTitle: r.source.title,
    sourceUrl: r.source.url,
    sourceArchiveUrl: r.source.archiveUrl,
    publisherName: r.source.publisher?.name ?? null,
  }));
}

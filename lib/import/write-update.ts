import 'server-only';
import { CITATION_STATE_SELECT } from '@/lib/citations/citation-state';
import type { Tx } from '@/lib/audit/mutation-transaction';
import type { Actor } from '@/lib/auth/actor';
import { touchClaim, type CitationEditState } from '@/lib/citations/citation-state';
import { readClaimState } from '@/lib/claims/claim-state';
import { statusChangeData } from '@/lib/claims/publish-claim';
import { syncClaimTags } from '@/lib/claims/sync-claim-tags';
import type { ClaimEditState } from '@/lib/claims/types';
import type { Stance } from '@/lib/domain/evidence';
import { verdictInfo } from '@/lib/domain/verdicts';
import type { UpdateRow } from './plan-import';
import { ImportWriteError, auditRow, claimContentColumns } from './write-helpers';
import type { ClaimantRef, SourceIds } from './write-shared';

/** The version guard every step of an update carries: a mismatch means someone else saved. */
function guardFailed(r: UpdateRow): never {
  throw new ImportWriteError(
    `Claim ${r.before.id} (${r.data.label}) was changed by someone else while the import ran, so nothing was imported. Preview the file again.`,
  );
}

export async function writeUpdate(
  tx: Tx,
  r: UpdateRow,
  actor: Actor,
  context: { claimants: Map<string, ClaimantRef>; sourceIds: SourceIds },
) {
  const id = r.before.id;
  let version = r.before.version;
  const audit = async (action: string, before: ClaimEditState | null, extra?: object) => {
    const after = await readClaimState(tx, id);
    await tx.auditEvent.create({
      data: auditRow({
        actorId: actor.id,
        action,
        entityType: 'claim',
        entityId: id,
        before,
        after: after && extra ? { ...after, ...extra } : after,
      }),
    });
    return after;
  };
  const claim = r.data.claim;

  if (r.content || r.tags) {
    const before = await readClaimState(tx, id);
    const guarded = await tx.claim.updateMany({
      where: { id, version, deletedAt: null },
      data: {
        ...claimContentColumns(claim),
        claimantId: context.claimants.get(claim.claimantName!)?.id ?? r.before.claimantId,
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (guarded.count === 0) guardFailed(r);
    version++;
    if (r.tags) await syncClaimTags(tx, id, claim.tags);
    await audit('claim.update', before);
  }

  if (r.addCitations.length > 0) {
    for (const c of r.addCitations) {
      const citation = await tx.citation.create({
        data: {
          claimId: id,
          sourceId: context.sourceIds.byKey.get(c.source.key)!,
          stance: c.stance,
          quote: c.quote,
          locator: c.locator,
          createdById: actor.id,
          updatedById: actor.id,
        },
        select: CITATION_STATE_SELECT,
      });
      const after: CitationEditState = { ...citation, stance: citation.stance as Stance };
      await tx.auditEvent.create({
        data: auditRow({
          actorId: actor.id,
          action: 'citation.create',
          entityType: 'citation',
          entityId: citation.id,
          before: null,
          after,
        }),
      });
    }
    await touchClaim(tx, id, actor.id);
  }

  if (r.status) {
    const before = await readClaimState(tx, id);
    const published = claim.status === 'published';
    const desk = await tx.claim.findUniqueOrThrow({ where: { id }, select: { stage: true } });
    const guarded = await tx.claim.updateMany({
      where: { id, version, deletedAt: null },
      data: {
        ...statusChangeData(claim.status, { publishedAt: r.before.publishedAt, stage: desk.stage }),
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (guarded.count === 0) guardFailed(r);
    version++;
    await audit(published ? 'claim.publish' : 'claim.unpublish', before);
  }

  if (r.verdict) {
    const before = await readClaimState(tx, id);
    const v = r.data.verdict;
    const guarded = await tx.claim.updateMany({
      where: { id, version, deletedAt: null },
      data: {
        verdict: v.verdict,
        verdictRank: verdictInfo(v.verdict).rank,
        confidence: v.confidence,
        rationale: v.rationale,
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (guarded.count === 0) guardFailed(r);
    version++;
    const revision = await tx.verdictRevision.create({
      data: {
        claimId: id,
        verdict: v.verdict,
        confidence: v.confidence,
        rationale: v.rationale,
        overrideReason: r.verdict.overrideReason,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await audit('verdict.change', before, {
      revisionId: revision.id,
      overrideReason: r.verdict.overrideReason,
    });
  }
}

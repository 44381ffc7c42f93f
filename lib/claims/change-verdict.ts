import 'server-only';
import { nextUpdatedAt, runMutation } from '@/lib/audit/mutation-transaction';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { confidenceLabel, verdictInfo } from '@/lib/domain/verdicts';
import { changeVerdictSchema } from '@/lib/validation/claim-input';
import {
  failure,
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { claimConflict, claimDeleted, claimNotFound, readClaimState } from './claim-state';
import { checkEvidenceRules, loadLiveEvidence, verdictHasEvidenceRule } from './evidence-rules';
import type { ClaimEditState, VerdictSaved } from './types';

export const EDITOR_OVERRIDE_REFUSED =
  'Only an admin can override the evidence rules. Remove the override reason, or add the evidence the verdict needs.';

/**
 * Sets a claim's verdict, confidence and rationale, guarded by the loaded `version`, and appends
 * the verdict revision readers see in the corrections log — both in one transaction with the
 * audit event. Rules:
 * - a change of verdict or confidence needs a rationale, rewritten for the new rating (the old
 *   text explains the old rating), and no verdict but Unverified may stand without one;
 * - Confirmed and False must meet the evidence rules (evidence-rules.ts) on every save; an admin
 *   may override with a written `overrideReason`, kept on the revision; editors cannot;
 * - the same verdict, confidence and rationale again writes nothing.
 */
export async function changeVerdict(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<VerdictSaved, ClaimEditState>> {
  assertRole(actor, 'editor');
  const parsed = changeVerdictSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const data = parsed.data;
  if (data.overrideReason !== null && actor.role !== 'admin') {
    return fieldFailure('overrideReason', EDITOR_OVERRIDE_REFUSED);
  }

  return runMutation(async (tx) => {
    const before = await readClaimState(tx, data.id);
    if (!before) return claimNotFound();
    if (before.deletedAt) return claimDeleted();
    const submitted = {
      verdict: data.verdict,
      confidence: data.confidence,
      rationale: data.rationale,
    };
    // The rationale rule compares with the rating the editor saw: a stale form is a conflict
    // first. The guarded write below still decides when two saves race.
    if (before.version !== data.version) {
      return claimConflict(tx, data.id, data.version, submitted);
    }

    const verdictChanged = data.verdict !== before.verdict;
    const confidenceChanged = data.confidence !== before.confidence;
    const rationaleChanged = data.rationale !== before.rationale;
    if (!verdictChanged && !confidenceChanged && !rationaleChanged) {
      return ok({
        id: before.id,
        version: before.version,
        changed: false,
        revisionId: null,
        overridden: false,
      });
    }
    const rating = `${verdictInfo(data.verdict).label}, ${confidenceLabel(data.confidence).toLowerCase()}`;
    if (
      data.rationale === '' &&
      (verdictChanged || confidenceChanged || data.verdict !== 'unverified')
    ) {
      return fieldFailure(
        'rationale',
        `Explain the rating: a rationale is required when the verdict or confidence changes, and for every verdict but Unverified (now ${rating}).`,
      );
    }
    if ((verdictChanged || confidenceChanged) && !rationaleChanged) {
      return fieldFailure(
        'rationale',
        `Rewrite the rationale for the new rating (${rating}): it still explains the previous one.`,
      );
    }

    let overrideReason: string | null = null;
    const evidence = verdictHasEvidenceRule(data.verdict)
      ? checkEvidenceRules(data.verdict, await loadLiveEvidence(tx, data.id))
      : ({ ok: true } as const);
    if (!evidence.ok) {
      if (actor.role !== 'admin') return fieldFailure('verdict', evidence.message);
      if (data.overrideReason === null) {
        const hint = 'As an admin you may override this with a written reason.';
        return failure(`${evidence.message} ${hint}`, {
          verdict: [evidence.message],
          overrideReason: [`${hint} It is kept with the verdict's history.`],
        });
      }
      overrideReason = data.overrideReason;
    }

    // Every column this write changes is known here, so the state after it (for the audit
    // event) is derived rather than read back: the write transaction, which holds SQLite's one
    // write lock, stays as short as it can be.
    const after: ClaimEditState = {
      ...before,
      ...submitted,
      version: before.version + 1,
      updatedAt: nextUpdatedAt(before.updatedAt),
    };
    const guarded = await tx.claim.updateMany({
      where: { id: data.id, version: data.version, deletedAt: null },
      data: {
        verdict: data.verdict,
        verdictRank: verdictInfo(data.verdict).rank,
        confidence: data.confidence,
        rationale: data.rationale,
        updatedById: actor.id,
        updatedAt: after.updatedAt,
        version: after.version,
      },
    });
    if (guarded.count === 0) return claimConflict(tx, data.id, data.version, submitted);
    const revision = await tx.verdictRevision.create({
      data: {
        claimId: data.id,
        verdict: data.verdict,
        confidence: data.confidence,
        rationale: data.rationale,
        createdById: actor.id,
        overrideReason,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'verdict.change',
      entityType: 'claim',
      entityId: data.id,
      before,
      after: { ...after, revisionId: revision.id, overrideReason },
    });
    return ok({
      id: data.id,
      version: after.version,
      changed: true,
      revisionId: revision.id,
      overridden: overrideReason !== null,
    });
  });
}

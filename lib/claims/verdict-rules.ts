import type { Role } from '@/lib/auth/actor';
import { confidenceLabel, verdictInfo } from '@/lib/domain/verdicts';
import type { FieldErrors } from '@/lib/validation/mutation-result';
import type { EvidenceCheck } from './evidence-rules';

/**
 * The rules of a verdict change, as pure functions: the verdict form (change-verdict.ts) and the
 * import (lib/import/plan-*.ts) both call these, so a verdict the import writes is one the form
 * would have accepted from the same person.
 */

export interface Rating {
  verdict: string;
  confidence: string;
  rationale: string;
}

/** A claim's rating before its first verdict change (create-claim.ts writes it). */
export const INITIAL_RATING = { verdict: 'unverified', confidence: 'low', rationale: '' } as const;

export const EDITOR_OVERRIDE_REFUSED =
  'Only an admin can override the evidence rules. Remove the override reason, or add the evidence the verdict needs.';

/** Whether `role` may set a verdict the evidence rules refuse, with a written reason. */
export function mayOverrideEvidenceRules(role: Role): boolean {
  return role === 'admin';
}

/** Why `role` may not give `overrideReason` at all, or null: editors cannot override. */
export function overrideRefusal(role: Role, overrideReason: string | null): string | null {
  return overrideReason !== null && !mayOverrideEvidenceRules(role)
    ? EDITOR_OVERRIDE_REFUSED
    : null;
}

/**
 * Whether `role` may import verdict history from a file: revisions with the file's dates and
 * override reasons, claims with the file's creation and update times. Only admins, and what
 * they import is kept marked as imported (VerdictRevision.importedAt/importedById).
 */
export function mayImportHistory(role: Role): boolean {
  return role === 'admin';
}

export function ratingChanged(before: Rating, after: Rating): boolean {
  return (
    before.verdict !== after.verdict ||
    before.confidence !== after.confidence ||
    before.rationale !== after.rationale
  );
}

/**
 * The rationale rule: a change of verdict or confidence needs a rationale, rewritten for the new
 * rating (the old text explains the old rating), and no verdict but Unverified may stand
 * without one. The problem, or null.
 */
export function rationaleProblem(before: Rating, after: Rating): string | null {
  const verdictChanged = after.verdict !== before.verdict;
  const confidenceChanged = after.confidence !== before.confidence;
  const rating = `${verdictInfo(after.verdict).label}, ${confidenceLabel(after.confidence).toLowerCase()}`;
  if (
    after.rationale === '' &&
    (verdictChanged || confidenceChanged || after.verdict !== 'unverified')
  ) {
    return `Explain the rating: a rationale is required when the verdict or confidence changes, and for every verdict but Unverified (now ${rating}).`;
  }
  if ((verdictChanged || confidenceChanged) && after.rationale === before.rationale) {
    return `Rewrite the rationale for the new rating (${rating}): it still explains the previous one.`;
  }
  return null;
}

export type EvidenceDecision =
  { ok: true; overrideReason: string | null } | { ok: false; message: string; errors: FieldErrors };

export const OVERRIDE_HINT = 'As an admin you may override this with a written reason.';

/**
 * The evidence rules applied to a verdict change by `role`: a verdict the rules allow stands (an
 * override reason given anyway is dropped: nothing was overridden); one they refuse stands only
 * when an admin gives a written reason, which the revision keeps.
 */
export function decideEvidence(
  role: Role,
  check: EvidenceCheck,
  overrideReason: string | null,
): EvidenceDecision {
  if (check.ok) return { ok: true, overrideReason: null };
  if (!mayOverrideEvidenceRules(role)) {
    return { ok: false, message: check.message, errors: { verdict: [check.message] } };
  }
  if (overrideReason === null) {
    return {
      ok: false,
      message: `${check.message} ${OVERRIDE_HINT}`,
      errors: {
        verdict: [check.message],
        overrideReason: [`${OVERRIDE_HINT} It is kept with the verdict's history.`],
      },
    };
  }
  return { ok: true, overrideReason };
}

import 'server-only';
import { nextUpdatedAt } from '@/lib/audit/mutation-transaction';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { store } from '@/lib/db/store';
import type { ClaimStateWithTrail, VerdictDecision } from '@/lib/db/verdict-store';
import { verdictInfo } from '@/lib/domain/verdicts';
import { changeVerdictSchema, type ChangeVerdictData } from '@/lib/validation/claim-input';
import {
  failure,
  fieldFailure,
  invalidInput,
  ok,
  type MutationResult,
} from '@/lib/validation/mutation-result';
import { claimConflictNow, claimDeleted, claimNotFound } from './claim-state';
import {
  checkEvidenceRules,
  verdictHasEvidenceRule,
  type EvidenceCitation,
} from './evidence-rules';
import { mergeVerdictEdit } from './merge-claim-edit';
import type { ClaimEditState, VerdictSaved } from './types';
import { decideEvidence, overrideRefusal, rationaleProblem, ratingChanged } from './verdict-rules';

/** What `decideVerdict` answers when the claim is no longer at the version the editor loaded. */
const STALE = Symbol('stale version');

/** Merges tried while other saves keep moving the claim on, before answering with a conflict. */
const MERGE_ATTEMPTS = 3;

type Submitted = Pick<ClaimEditState, 'verdict' | 'confidence' | 'rationale'>;

/**
 * Sets a claim's verdict, confidence and rationale, guarded by the loaded `version`, and appends
 * the verdict revision readers see in the corrections log — both in one transaction with the
 * audit event. Rules:
 * - a change of verdict or confidence needs a rationale, rewritten for the new rating (the old
 *   text explains the old rating), and no verdict but Unverified may stand without one;
 * - Confirmed and False must meet the evidence rules (evidence-rules.ts) on every save; an admin
 *   may override with a written `overrideReason`, kept on the revision; editors cannot;
 * - the same verdict, confidence and rationale again writes nothing;
 * - a form loaded at an older version is merged onto the current one (a content edit saved
 *   meanwhile is no conflict); only a field someone else changed differently is.
 *
 * This is the desk's most frequent write, so the store runs it as a few prepared statements
 * (lib/db/verdict-store.ts: SQLite's write lock held ~0.4 ms; on PostgreSQL the write is one
 * guarded statement), around `decideVerdict`, which holds every rule. Every other mutation goes
 * through Prisma (lib/audit/mutation-transaction.ts).
 */
export async function changeVerdict(
  actor: Actor | null,
  input: unknown,
): Promise<MutationResult<VerdictSaved, ClaimEditState>> {
  assertRole(actor, 'editor');
  const parsed = changeVerdictSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const data = parsed.data;
  const refusal = overrideRefusal(actor.role, data.overrideReason);
  if (refusal) return fieldFailure('overrideReason', refusal);
  const submitted: Submitted = {
    verdict: data.verdict,
    confidence: data.confidence,
    rationale: data.rationale,
  };
  const outcome = await saveVerdict(actor, data, submitted);
  return isStale(outcome) ? saveOnNewerVersion(actor, data, submitted, outcome.moved) : outcome;
}

/**
 * A save from a form loaded at an older version: the editor's changes merged onto the current
 * version (merge-claim-edit.ts), then saved by `saveVerdict` on that version, so the rationale
 * and evidence rules judge the merged result like any save. The merge is read outside the write
 * transaction (it writes nothing, and the lock need not be held for it); if the claim moved on
 * again before the write, it is merged again.
 */
async function saveOnNewerVersion(
  actor: Actor,
  data: ChangeVerdictData,
  submitted: Submitted,
  moved: ClaimStateWithTrail | undefined,
): Promise<MutationResult<VerdictSaved, ClaimEditState>> {
  // The first merge starts from what the save's own read brought, when the store could.
  let current = moved;
  for (let attempt = 1; attempt <= MERGE_ATTEMPTS; attempt++) {
    const merged = await mergeVerdictEdit(data.id, data.version, submitted, current);
    current = undefined;
    if (!merged.ok) return merged;
    const onCurrent = { ...data, ...merged.values, version: merged.version };
    const outcome = await saveVerdict(actor, onCurrent, merged.values);
    if (isStale(outcome)) continue;
    return outcome.ok ? ok({ ...outcome.value, mergedWith: merged.mergedWith }) : outcome;
  }
  return claimConflictNow(data.id, data.version, submitted);
}

/** A save that found the claim moved on: with the claim and its trail when the store read them. */
interface Stale {
  stale: typeof STALE;
  moved?: ClaimStateWithTrail;
}

type Outcome = MutationResult<VerdictSaved, ClaimEditState> | Stale;

function isStale(outcome: Outcome): outcome is Stale {
  return 'stale' in outcome;
}

/** The save: the store runs `decideVerdict` inside its transaction and writes what it decides. */
async function saveVerdict(
  actor: Actor,
  data: ChangeVerdictData,
  submitted: Submitted,
): Promise<Outcome> {
  const saved = await store.verdicts.saveGuarded(
    data.id,
    verdictHasEvidenceRule(data.verdict),
    (before, evidence) => decideVerdict(actor, data, submitted, before, evidence),
    data.version,
  );
  if ('stale' in saved) return { stale: STALE };
  if ('answer' in saved) {
    const { answer } = saved;
    return answer === STALE ? { stale: STALE, moved: saved.moved } : answer;
  }
  const { revisionId, write } = saved.saved;
  return ok({
    id: data.id,
    version: write.after.version,
    changed: true,
    revisionId,
    overridden: write.overrideReason !== null,
    review: 'applied',
  });
}

/**
 * Every rule of a verdict save, on the claim as the transaction read it (`before`) and its live
 * evidence: a refusal or "nothing to write" as the answer, or the write. Synchronous and pure, so
 * both providers run the same decision between their read and their guarded write.
 */
function decideVerdict(
  actor: Actor,
  data: ChangeVerdictData,
  submitted: Submitted,
  before: ClaimEditState | null,
  evidence: EvidenceCitation[],
): VerdictDecision<MutationResult<VerdictSaved, ClaimEditState> | typeof STALE> {
  if (!before) return { answer: claimNotFound() };
  if (before.deletedAt) return { answer: claimDeleted() };
  // The rationale rule compares with the rating the editor saw: a stale form is a conflict
  // first. The guarded write still decides when two saves race.
  if (before.version !== data.version) return { answer: STALE };

  if (!ratingChanged(before, submitted)) {
    return {
      answer: ok({
        id: before.id,
        version: before.version,
        changed: false,
        revisionId: null,
        overridden: false,
        review: 'applied',
      }),
    };
  }
  const rationale = rationaleProblem(before, submitted);
  if (rationale) return { answer: fieldFailure('rationale', rationale) };

  const decision = decideEvidence(
    actor.role,
    verdictHasEvidenceRule(data.verdict)
      ? checkEvidenceRules(data.verdict, evidence)
      : { ok: true },
    data.overrideReason,
  );
  if (!decision.ok) return { answer: failure(decision.message, decision.errors) };
  const { overrideReason } = decision;

  // Every column this write changes is known here, so the state after it (for the audit
  // event) is derived rather than read back.
  const after: ClaimEditState = {
    ...before,
    ...submitted,
    version: before.version + 1,
    updatedAt: nextUpdatedAt(before.updatedAt),
  };
  return {
    write: {
      after,
      verdictRank: verdictInfo(data.verdict).rank,
      actorId: actor.id,
      overrideReason,
      audit: (revisionId) => ({
        actorId: actor.id,
        action: 'verdict.change',
        entityType: 'claim',
        entityId: data.id,
        before,
        after: { ...after, revisionId, overrideReason },
      }),
    },
  };
}
